// The plan page's working part, loaded by the island when there is a plan to show: the visitor's plan
// gathered from the tools' stores, a plan opened from a link (read-only), or the example. Rendering
// only; the models compute and the stores hold state.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Locale } from '@/i18n/locales';
import { todayIso } from '@/models/calendar';
import { EXAMPLE_TODAY, computePlanReport, type PlanState } from '@/models/plan';
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
  readPlanLink,
  resolveIssue,
  updatePlanProfile,
} from '@/stores/plan';
import { makeText, type Strings } from './text';
import { ProfileForm } from './ProfileForm';
import { ConsistencyPanel } from './ConsistencyPanel';
import { PlanToolbar } from './PlanToolbar';
import { ReportBody } from './ReportBody';
import { examplePlanFor } from './PlanExample';
import { usePrintRunningHead } from './running-head';

export interface PlanAppProps {
  locale: Locale;
  strings: Strings;
  notices: { storageUnavailable: string };
  /** Start with the example rather than the visitor's (empty) plan. */
  startWithExample?: boolean;
}

type View = { kind: 'live' } | { kind: 'shared'; plan: PlanState } | { kind: 'example' };
type Notice = '' | 'invalid' | 'unsupported' | 'adopted';

function dropHash(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

export default function PlanApp({ locale, strings, notices, startWithExample = false }: PlanAppProps) {
  const [ready, setReady] = useState(false);
  const [view, setView] = useState<View>({ kind: startWithExample ? 'example' : 'live' });
  const [today] = useState(todayIso);
  const [notice, setNotice] = useState<Notice>('');
  const own = useStore($planState);
  const prefs = useStore($planPrefs);
  const storageAvailable = useStore($storageAvailable);
  const text = useMemo(() => makeText(locale, strings, window.location.origin), [locale, strings]);
  const { t } = text;
  const example = useMemo(() => examplePlanFor(t), [text]);

  useEffect(() => {
    let live = true;
    const open = async () => {
      const read = await readPlanLink(window.location.hash);
      if (!live) return;
      if (read.status === 'ok') {
        setView({ kind: 'shared', plan: read.plan });
        setNotice('');
      } else if (read.status !== 'absent') {
        setView({ kind: 'live' });
        setNotice(read.status);
        dropHash();
      }
      setReady(true);
    };
    void open();
    // A second plan link pasted into the same tab changes only the hash.
    const onHash = () => void open();
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const mode = view.kind;
  const plan = view.kind === 'live' ? own : view.kind === 'shared' ? view.plan : example;
  const reportDay = view.kind === 'example' ? EXAMPLE_TODAY : today;
  const report = useMemo(() => computePlanReport(plan, reportDay), [plan, reportDay]);
  const issues = mode === 'live' ? openIssues(report.issues, prefs) : [];
  usePrintRunningHead(plan.profile.companyName || t('cover.noCompany'));
  const ownData = hasOwnData(own);

  const backToOwn = () => {
    if (view.kind === 'shared') dropHash();
    setView({ kind: 'live' });
    setNotice('');
  };

  const adopt = () => {
    if (view.kind !== 'shared') return;
    if (hasOwnData(own) && !window.confirm(t('mode.shared.adoptConfirm'))) return;
    applyPlan(view.plan);
    dropHash();
    setView({ kind: 'live' });
    setNotice('adopted');
  };

  return (
    <div class="plan" data-ready={ready ? 'true' : undefined} data-mode={mode}>
      <div class="plan-notices no-print" role="status">
        {notice === 'invalid' && <p class="notice warn">{t('mode.shared.invalid')}</p>}
        {notice === 'unsupported' && <p class="notice warn">{t('mode.shared.unsupported')}</p>}
        {notice === 'adopted' && <p class="notice">{t('mode.shared.adopted')}</p>}
      </div>
      {!storageAvailable && <p class="notice warn no-print">{notices.storageUnavailable}</p>}

      {mode === 'shared' && (
        <div class="notice plan-mode-banner no-print" data-testid="shared-banner">
          <p>{t('mode.shared.banner')}</p>
          <div class="btn-row">
            <button type="button" class="btn" onClick={adopt} data-action="adopt">
              {t('mode.shared.adopt')}
            </button>
            <button type="button" class="btn secondary" onClick={backToOwn} data-action="own">
              {t('mode.shared.close')}
            </button>
          </div>
        </div>
      )}
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
