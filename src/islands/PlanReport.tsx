// The plan page's island. It stays small: on a first visit with nothing saved, the example rendered
// at build time beside it (#plan-example) is the page, and only this and Preact load. When there is a plan
// to show (saved answers, a plan link) or the visitor asks for their own plan, it loads the report
// code: the four tools' models and stores, which the tool pages use too.
import { provideSourceLabels } from '@/components/shared/Cited';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Locale } from '@/i18n/locales';
import type { PlanAppProps } from '@/components/plan/PlanApp';
import { hasStoredAnswers, hashHasPlan } from '@/components/plan/probe';

interface Props {
  locale: Locale;
  strings: Record<string, string>;
  storagePrefix: string;
  notices: { storageUnavailable: string };
  /** Where a visitor with no plan starts: the readiness check in this locale (made at build time). */
  startHref: string;
  /** The label of the button that opens the scenarios panel. */
  scenariosLabel?: string;
  /** This locale's source labels (SOURCE_LABEL[locale]), for the references' accessible names. */
  sourceLabels?: Readonly<Record<string, string>>;
}

/** The element PlanExample renders at build time. */
const EXAMPLE_ID = 'plan-example';

type State = 'checking' | 'empty' | 'loading' | 'loaded' | 'failed';

function PlanReportIsland({ locale, strings, storagePrefix, notices, startHref, scenariosLabel }: Props) {
  const [state, setState] = useState<State>('checking');
  const [App, setApp] = useState<ComponentType<PlanAppProps> | null>(null);
  const [startWithExample, setStartWithExample] = useState(false);
  const requested = useRef(false);
  const t = (key: string) => strings[key] ?? key;

  const load = (example = false) => {
    if (requested.current) return;
    requested.current = true;
    setStartWithExample(example);
    setState('loading');
    import('@/components/plan/PlanApp').then(
      (m) => {
        // The build-time example beside the island gives way to the visitor's own report.
        document.getElementById(EXAMPLE_ID)?.remove();
        setApp(() => m.default);
        setState('loaded');
      },
      () => {
        requested.current = false;
        setState('failed');
      },
    );
  };

  useEffect(() => {
    const check = () => {
      if (hasStoredAnswers(storagePrefix) || hashHasPlan(window.location.hash)) load();
      else setState('empty');
    };
    check();
    // Answers saved in another tab, or a plan link pasted into this one, bring the report in.
    const onChange = () => {
      if (hasStoredAnswers(storagePrefix) || hashHasPlan(window.location.hash)) load();
    };
    window.addEventListener('storage', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('storage', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }, []);

  // One status region for the whole life of the island, so screen readers hear both "loading" and
  // "shown" even though the report replaces the shell around it.
  const status = state === 'loading' ? t('mode.loading') : state === 'loaded' ? t('mode.loaded') : '';
  const statusRegion = (
    <p role="status" class={state === 'loading' ? 'plan-loading no-print' : 'visually-hidden'}>
      {status}
    </p>
  );

  if (App) {
    return (
      <>
        {statusRegion}
        <App locale={locale} strings={strings} notices={notices} scenariosLabel={scenariosLabel} startWithExample={startWithExample} />
      </>
    );
  }

  return (
    <>
    {statusRegion}
    <div class="plan-shell no-print" data-state={state}>
      {/* Shown from the build on, so a first visit does not shift the example down when the check ends. */}
      {(state === 'empty' || state === 'checking') && (
        <div class="notice plan-mode-banner" data-testid="empty-banner">
          <p>
            <strong>{t('mode.empty.title')}</strong>
          </p>
          <p>{t('mode.empty.intro')}</p>
          <div class="btn-row">
            <a class="btn" href={startHref}>
              {t('mode.empty.start')}
            </a>
            <button type="button" class="btn secondary" onClick={() => load()} data-action="own">
              {t('mode.empty.open')}
            </button>
          </div>
        </div>
      )}
      {state === 'failed' && (
        <p class="notice warn" role="alert">
          {t('mode.failed')}
        </p>
      )}
    </div>
    </>
  );
}

export default function PlanReport(props: Props) {
  provideSourceLabels(props.sourceLabels);
  return <PlanReportIsland {...props} />;
}
