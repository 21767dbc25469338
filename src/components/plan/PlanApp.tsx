// The plan page's working part, loaded by the island when there is a plan to show: the visitor's plan
// gathered from the tools' stores, a plan opened from a link (read-only), or the example. Rendering
// only; the models compute and the stores hold state.
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { Locale } from '@/i18n/locales';
import { todayIso } from '@/models/calendar';
import { EXAMPLE_TODAY, computePlanReport } from '@/models/plan';
import { $storageAvailable } from '@/stores/storage-engine';
import {
  $planPrefs,
  $planState,
  applyPlan,
  applyPlannedStart,
  clearAllData,
  hasOwnData,
  openIssues,
  planFileText,
  planShareUrl,
  resolveIssue,
  updatePlanProfile,
} from '@/stores/plan';
import { makeText, type Strings } from './text';
import { ProfileForm } from './ProfileForm';
import { ConsistencyPanel } from './ConsistencyPanel';
import { PlanToolbar } from './PlanToolbar';
import { ReportBody } from './ReportBody';
import { examplePlanFor } from './PlanExample';
import { usePrintRunningHead } from '@/components/shared/running-head';
import { $previewing } from '@/stores/preview-flag';
import { toggleScenarios, useShareLink } from '@/components/shared/tool-extras';

export interface PlanAppProps {
  locale: Locale;
  strings: Strings;
  notices: { storageUnavailable: string };
  /** The label of the button that opens the scenarios panel. */
  scenariosLabel?: string;
  /** Start with the example rather than the visitor's (empty) plan. */
  startWithExample?: boolean;
}

type View = { kind: 'live' } | { kind: 'example' };

export default function PlanApp({ locale, strings, notices, scenariosLabel, startWithExample = false }: PlanAppProps) {
  const [view, setView] = useState<View>({ kind: startWithExample ? 'example' : 'live' });
  const [today] = useState(todayIso);
  // A plan link opens as a read-only preview of the stores (the bar above offers the choices).
  const ready = useShareLink('plan', '.plan', (linked) => linked && setView({ kind: 'live' }));
  const previewing = useStore($previewing);
  const own = useStore($planState);
  const prefs = useStore($planPrefs);
  const storageAvailable = useStore($storageAvailable);
  const text = useMemo(() => makeText(locale, strings, window.location.origin), [locale, strings]);
  const { t } = text;
  const example = useMemo(() => examplePlanFor(t), [text]);

  const mode = previewing ? 'shared' : view.kind;
  const plan = view.kind === 'live' || previewing ? own : example;
  const reportDay = view.kind === 'example' ? EXAMPLE_TODAY : today;
  const report = useMemo(() => computePlanReport(plan, reportDay), [plan, reportDay]);
  const issues = mode === 'live' ? openIssues(report.issues, prefs) : [];
  usePrintRunningHead(plan.profile.companyName || t('cover.noCompany'));
  const ownData = hasOwnData(own);

  const backToOwn = () => setView({ kind: 'live' });

  return (
    <div class="plan" data-ready={ready ? 'true' : undefined} data-mode={mode}>
      {ready && !storageAvailable && <p class="notice warn no-print">{notices.storageUnavailable}</p>}

      {mode === 'example' && (
        <div class="notice plan-mode-banner no-print" data-testid="example-banner">
          <p>{t('mode.example.banner')}</p>
          <div class="btn-row">
            <button type="button" class="btn secondary" onClick={backToOwn} data-action="own">
              {t('mode.example.close')}
            </button>
          </div>
        </div>
      )}
      {mode === 'live' && !ownData && (
        <div class="notice plan-mode-banner no-print" data-testid="empty-banner">
          <p>
            <strong>{t('mode.empty.title')}</strong>
          </p>
          <p>{t('mode.empty.text')}</p>
          <div class="btn-row">
            <a class="btn" href={text.href({ kind: 'tool', tool: 'readiness' })}>
              {t('section.open', { tool: text.toolName('readiness') })}
            </a>
            <button type="button" class="btn secondary" onClick={() => setView({ kind: 'example' })} data-action="example">
              {t('mode.example.show')}
            </button>
          </div>
        </div>
      )}

      {mode === 'live' && <ConsistencyPanel issues={issues} text={text} onResolve={resolveIssue} />}

      {mode === 'live' && scenariosLabel && (
        <p class="no-print">
          <button type="button" class="btn secondary" aria-expanded="false" onClick={(e) => toggleScenarios('plan', '.plan', e)} data-scenarios>
            {scenariosLabel}
          </button>
        </p>
      )}
      {mode === 'live' && (
        <div class="plan-controls">
          <ProfileForm profile={own.profile} text={text} onChange={updatePlanProfile} />
          <PlanToolbar
            plan={own}
            hasData={ownData}
            today={today}
            text={text}
            shareUrl={(p) => planShareUrl(p, window.location)}
            fileText={(p) => planFileText(p, new Date())}
            onImport={applyPlan}
            onClear={clearAllData}
          />
        </div>
      )}
      {mode !== 'live' && (
        <p class="no-print">
          <button type="button" class="btn secondary" onClick={() => window.print()} data-action="print">
            {t('tools.print')}
          </button>
        </p>
      )}

      <ReportBody report={report} profile={plan.profile} mode={mode} text={text} onApplyStart={(date) => void applyPlannedStart(date)} />
    </div>
  );
}
