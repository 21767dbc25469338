// The printable report: page one is the executive brief (header, summary, sign-off); then one
// appendix per tool the visitor used, lettered in order, and the full list of next actions. Shared by
// the build-time example and the live page.
import { TOOL_KEYS, type PlanReport } from '@/models/plan';
import type { Profile } from '@/models/profile';
import { Cover } from './Cover';
import { SummarySection } from './SummarySection';
import { ReadinessSection } from './ReadinessSection';
import { PlatformSection } from './PlatformSection';
import { TimelineSection } from './TimelineSection';
import { KpiSection } from './KpiSection';
import { ActionsSection } from './ActionsSection';
import { NotUsedLine } from './NotUsedLine';
import type { Text } from './text';

interface Props {
  report: PlanReport;
  profile: Profile;
  mode: 'live' | 'shared' | 'example';
  text: Text;
  /** Live plan only: move the planned start in every tool (the timing advice's suggested start). */
  onApplyStart?: (date: string) => void;
}

export function ReportBody({ report, profile, mode, text, onApplyStart }: Props) {
  const editable = mode === 'live';
  // Letters follow the appendices actually printed, so there is never a gap (A, B, C…).
  const order = TOOL_KEYS.filter((k) => (k === 'kpi' ? (report.kpi?.counts.total ?? 0) > 0 : report.used[k]));
  const letter = (k: (typeof order)[number] | 'actions') => String.fromCharCode(65 + (k === 'actions' ? order.length : order.indexOf(k as never)));
  return (
    <article class="plan-report" aria-label={text.t('cover.kicker')} data-report={mode}>
      <div class="plan-brief">
        <Cover profile={profile} today={report.today} mode={mode} siteUrl={text.abs('/')} text={text} />
        <SummarySection report={report} profile={profile} text={text} />
      </div>
      <NotUsedLine report={report} text={text} />
      <div class="plan-appendices">
        <ReadinessSection report={report} text={text} editable={editable} appendix={letter('readiness')} />
        <TimelineSection report={report} text={text} editable={editable} onApplyStart={editable ? onApplyStart : undefined} appendix={letter('duration')} />
        <PlatformSection report={report} text={text} editable={editable} appendix={letter('selection')} />
        <KpiSection report={report} text={text} editable={editable} appendix={letter('kpi')} />
        <ActionsSection report={report} text={text} appendix={letter('actions')} />
      </div>
    </article>
  );
}
