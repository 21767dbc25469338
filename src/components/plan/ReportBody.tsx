// The printable report itself: cover, then the six sections in the order a board reads them. Shared by
// the build-time example and the live page.
import type { PlanReport } from '@/models/plan';
import type { Profile } from '@/models/profile';
import { Cover } from './Cover';
import { SummarySection } from './SummarySection';
import { ReadinessSection } from './ReadinessSection';
import { PlatformSection } from './PlatformSection';
import { TimelineSection } from './TimelineSection';
import { KpiSection } from './KpiSection';
import { ActionsSection } from './ActionsSection';
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
  return (
    <article class="plan-report" aria-label={text.t('cover.kicker')} data-report={mode}>
      <Cover profile={profile} today={report.today} mode={mode} siteUrl={text.abs('/')} text={text} />
      <SummarySection report={report} profile={profile} text={text} />
      <ReadinessSection report={report} text={text} editable={editable} />
      <PlatformSection report={report} text={text} editable={editable} />
      <TimelineSection report={report} text={text} editable={editable} onApplyStart={editable ? onApplyStart : undefined} />
      <KpiSection report={report} text={text} editable={editable} />
      <ActionsSection report={report} text={text} />
    </article>
  );
}
