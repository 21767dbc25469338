// The duration estimator island: collects the answers, shows the estimate. No arithmetic here; the
// model computes, the store keeps state, the components render.
import { provideSourceLabels } from '@/components/shared/source-labels';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { Locale } from '@/i18n/locales';
import { $storageAvailable } from '@/stores/storage-engine';
import {
  $durationErrors,
  $durationEstimate,
  $durationForm,
  $durationInput,
  formFromInput,
  durationShareUrl,
  prefillDurationFromProfile,
  resetDuration,
  setDurationField,
} from '@/stores/duration';
import { DurationForm } from '@/components/duration/DurationForm';
import { ResultSummary } from '@/components/duration/ResultSummary';
import { GanttChart } from '@/components/duration/GanttChart';
import { PhaseTable } from '@/components/duration/PhaseTable';
import { WarningsSection } from '@/components/duration/WarningsSection';
import { StartMonths } from '@/components/duration/StartMonths';
import { todayIso } from '@/models/calendar';
import { estimateSeenOn } from '@/components/duration/seen-estimate';
import { ExportActions } from '@/components/duration/ExportActions';
import { PrintAnswers } from '@/components/duration/PrintAnswers';
import { makeText, type Strings } from '@/components/duration/text';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import { estimateDuration } from '@/models/duration/estimate';
import type { DurationEstimate, DurationInput } from '@/models/duration/types';
import type { ProfileStrings } from '@/components/shared/profile-text';
import { $profile } from '@/stores/profile';
import { usePrintRunningHead } from '@/components/shared/running-head';
import { toggleScenarios, undoable, useShareLink } from '@/components/shared/tool-extras';
import { HydrateLater } from '@/components/shared/hydrate-later';

// The page is rendered at build time with the default answers. Preact's hydration keeps the server's
// attributes as they are, so the first render in the browser must be that same page; the visitor's
// saved answers replace it one render later, as an ordinary update (dates, disabled buttons, bars).
let buildTimeView: { input: DurationInput; estimate: DurationEstimate } | null = null;
function buildTime() {
  // A first visit's saved answers are the defaults: the store's estimate is then this one, and the
  // simulation need not run twice while the page wakes.
  const stored = $durationInput.get();
  buildTimeView ??= {
    input: DEFAULT_DURATION_INPUT,
    estimate: JSON.stringify(stored) === JSON.stringify(DEFAULT_DURATION_INPUT) ? $durationEstimate.get() : estimateDuration(DEFAULT_DURATION_INPUT),
  };
  return buildTimeView;
}

interface Props {
  locale: Locale;
  strings: Strings;
  /** Site-wide notices, passed in by the page (they live in the site dictionary). */
  notices: { storageUnavailable: string };
  /** The label of the button that opens the scenarios panel. */
  scenariosLabel: string;
  /** The shared profile's strings (site dictionary, `profile.*`). */
  profileText: ProfileStrings;
  /** This locale's source labels (SOURCE_LABEL[locale]), for the references' accessible names. */
  sourceLabels?: Readonly<Record<string, string>>;
}

function DurationEstimatorIsland({ locale, strings, notices, profileText, scenariosLabel }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const { t } = text;
  const storedForm = useStore($durationForm);
  const storedErrors = useStore($durationErrors);
  const storedInput = useStore($durationInput);
  const storedEstimate = useStore($durationEstimate);
  const storageAvailable = useStore($storageAvailable);
  // The company's name in the margin of the printout, as on the plan's.
  usePrintRunningHead(useStore($profile).companyName);
  // What was taken from the shared profile on arrival, in words ('' when nothing was).
  const [taken, setTaken] = useState('');
  const [fromReadiness, setFromReadiness] = useState(false);

  const ready = useShareLink('duration', '.dur', async (linked) => {
    // Arriving from the readiness self-assessment's hand-off: say what it carried, once.
    const params = new URLSearchParams(window.location.search);
    const fromHandOff = params.get('from') === 'readiness';
    if (fromHandOff) {
      setFromReadiness(true);
      params.delete('from');
      const query = params.toString();
      history.replaceState(null, '', window.location.pathname + (query ? `?${query}` : '') + window.location.hash);
    }
    if (!linked && (prefillDurationFromProfile() || fromHandOff)) {
      // The wording of the profile loads only when there is something to say.
      const { takenFromElsewhere } = await import('@/components/shared/profile-text');
      setTaken(takenFromElsewhere($profile.get(), profileText, locale));
    }
  });

  const form = ready ? storedForm : formFromInput(buildTime().input);
  const errors = ready ? storedErrors : {};
  const input = ready ? storedInput : buildTime().input;
  const estimate = ready ? storedEstimate : buildTime().estimate;
  // Today is the browser's, so what depends on it appears once the page is live, never in the build.
  const today = ready ? todayIso() : undefined;
  const planned = estimate.timing?.start;
  const startPassed = today && planned && planned < today ? planned : null;
  // With a start that has passed, the start offered instead is one from today on.
  const advice = useMemo(() => (startPassed ? estimateSeenOn(estimate, today!) : estimate), [estimate, startPassed]);

  const stale = Object.keys(errors).length > 0;

  return (
    <div class="dur" data-ready={ready ? 'true' : undefined}>
      {ready && !storageAvailable && <p class="notice warn">{notices.storageUnavailable}</p>}
      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('duration', '.dur', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>
      <div class="tool-columns">
        <div class="tool-inputs">
          <h2 class="dur-h2">{t('form.heading')}</h2>
          {taken && (
            <p class="notice" data-profile-taken>
              {taken} <a href="#dur-companySize">{profileText['profile.change']}</a>
            </p>
          )}
          {fromReadiness && (
            <p class="notice" data-carried="readiness">
              {t('form.fromReadiness', {
                commitment: input.internalCommitment,
                maturity: input.digitalMaturity,
                integrations: input.integrations,
                expanding: t(input.expanding ? 'form.yes' : 'form.no'),
                turnover: t(input.keyStaffTurnover ? 'form.yes' : 'form.no'),
                start: input.startDate ? text.date(input.startDate) : t('form.fromReadiness.noStart'),
              })}
            </p>
          )}
          <DurationForm form={form} errors={errors} text={text} onChange={setDurationField} />
        </div>
        <section class="dur-results" aria-labelledby="dur-results-title">
          <h2 id="dur-results-title" class="dur-h2">
            {t('result.heading')}
          </h2>
          {stale && (
            <p class="notice warn" data-testid="duration-stale">
              {t('error.stale')}
            </p>
          )}
          <div aria-live="polite" class="visually-hidden">
            {ready &&
              t('result.announce', {
                likely: text.months(estimate.total.likelyWeeks),
                p80: text.months(estimate.total.p80Weeks),
              })}
          </div>
          <ResultSummary estimate={estimate} startPassed={startPassed} text={text} />
          <HydrateLater>
            <GanttChart estimate={estimate} startDate={input.startDate} text={text} />
            <PhaseTable estimate={estimate} text={text} />
          </HydrateLater>
          <HydrateLater>
            <WarningsSection estimate={advice} text={text} onApplyStart={(date) => setDurationField('startDate', date)} />
            {today && <StartMonths estimate={estimate} today={today} startDate={input.startDate} text={text} onPick={(date) => setDurationField('startDate', date)} />}
            <PrintAnswers input={input} text={text} />
            <ExportActions estimate={estimate} text={text} shareUrl={() => durationShareUrl(window.location)} onReset={() => undoable($durationInput, resetDuration, 'toast.reset')} stale={stale} />
          </HydrateLater>
        </section>
      </div>
    </div>
  );
}

export default function DurationEstimator(props: Props) {
  provideSourceLabels(props.sourceLabels);
  return <DurationEstimatorIsland {...props} />;
}
