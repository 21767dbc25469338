// The duration estimator island: collects the answers, shows the estimate. No arithmetic here; the
// model computes, the store keeps state, the components render.
import { provideSourceLabels } from '@/components/shared/source-labels';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { Locale } from '@/i18n/locales';
import { $storageAvailable } from '@/stores/storage-engine';
import {
  $durationErrors,
  $durationForm,
  $durationInput,
  atDurationDefaults,
  formFromInput,
  setDurationField,
} from '@/stores/duration';
import { StartMonths } from '@/components/duration/StartMonths';
import { makeText, type Strings } from '@/components/duration/text';
import { fetchEstimator, useDurationEstimate } from '@/components/duration/use-estimate';
import { todayIso } from '@/models/calendar';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import type { DurationEstimate, DurationInput } from '@/models/duration/types';
import type { ProfileStrings } from '@/components/shared/profile-text';
import { $profile } from '@/stores/profile';
import { DEFAULT_PROFILE } from '@/models/profile';
import { usePrintRunningHead } from '@/components/shared/running-head';
import { toggleScenarios, useShareLink } from '@/components/shared/tool-extras';
import { HydrateLater } from '@/components/shared/hydrate-later';
import { LoadLater, useLaterPartsLive } from '@/components/shared/load-later';

// The page is rendered at build time with the default answers. Preact's hydration keeps the server's
// attributes as they are, so the first render in the browser must be that same page; the visitor's
// saved answers replace it one render later, as an ordinary update (dates, disabled buttons, bars).
// The form, the estimate, the chart, the warnings and the exports show the defaults in the build's
// markup, so their code waits for the visitor (LoadLater), and brings the model's with it.
// A part is live only with the model: from then on, every change shows its estimate in the same frame.
const parts = () => Promise.all([import('@/components/duration/DurationLaterParts'), fetchEstimator()]).then(([m]) => m);
const built = import.meta.env.SSR ? await import('@/components/duration/DurationLaterParts') : undefined;
const loadForm = () => parts().then((m) => m.FormPart);
const loadSummary = () => parts().then((m) => m.SummaryPart);
const loadChart = () => parts().then((m) => m.ChartPart);
const loadExport = () => parts().then((m) => m.ExportPart);
const BUILD_FORM = formFromInput(DEFAULT_DURATION_INPUT);
const BUILD_FORM_JSON = JSON.stringify(BUILD_FORM);

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
  /** The default answers' estimate, computed at build time: what a first visit shows. */
  builtEstimate: DurationEstimate;
}

function DurationEstimatorIsland({ locale, strings, notices, profileText, scenariosLabel, builtEstimate }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const { t } = text;
  const storedForm = useStore($durationForm);
  const storedErrors = useStore($durationErrors);
  const storedInput = useStore($durationInput);
  const storedEstimate = useDurationEstimate(storedInput, builtEstimate);
  const storageAvailable = useStore($storageAvailable);
  // The company's name in the margin of the printout, as on the plan's.
  usePrintRunningHead(useStore($profile).companyName);
  // What was taken from the shared profile on arrival, in words ('' when nothing was).
  const [taken, setTaken] = useState('');
  // What the readiness self-assessment's hand-off carried, in words ('' when the visitor came otherwise).
  const [carried, setCarried] = useState('');

  const ready = useShareLink('duration', '.dur', async (linked) => {
    // Arriving from the readiness self-assessment's hand-off: say what it carried, once.
    const params = new URLSearchParams(window.location.search);
    const fromHandOff = params.get('from') === 'readiness';
    if (fromHandOff) {
      const { carriedFromReadiness } = await import('@/components/duration/carried-notice');
      setCarried(carriedFromReadiness($durationInput.get(), text));
      params.delete('from');
      const query = params.toString();
      history.replaceState(null, '', window.location.pathname + (query ? `?${query}` : '') + window.location.hash);
    }
    // Only a profile someone has filled in can fill the form: its code loads for them alone.
    const profiled = !linked && atDurationDefaults($durationInput.get()) && JSON.stringify($profile.get()) !== JSON.stringify(DEFAULT_PROFILE);
    const prefilled = profiled && (await import('@/stores/duration-prefill')).prefillDurationFromProfile();
    if (!linked && (prefilled || fromHandOff)) {
      // The wording of the profile loads only when there is something to say.
      const { takenFromElsewhere } = await import('@/components/shared/profile-text');
      setTaken(takenFromElsewhere($profile.get(), profileText, locale));
    }
  });

  // What the results show: the saved answers and their estimate once both are here; until the model
  // for answers other than the defaults has come, the last pair shown (at first, the build's).
  const shown = useRef<{ input: DurationInput; estimate: DurationEstimate }>({ input: DEFAULT_DURATION_INPUT, estimate: builtEstimate });
  if (ready && storedEstimate) shown.current = { input: storedInput, estimate: storedEstimate };
  const { input, estimate } = shown.current;
  const form = ready ? storedForm : BUILD_FORM;
  const errors = ready ? storedErrors : {};
  // Today is the browser's, so what depends on it appears once the page is live, never in the build.
  const today = ready ? todayIso() : undefined;
  const planned = estimate.timing?.start;
  const startPassed = today && planned && planned < today ? planned : null;
  const stale = Object.keys(errors).length > 0;
  // The deferred parts match the build's markup while the form and the answers shown are the defaults
  // (a refused answer is never a default, so then too they do not).
  const partsAsBuilt = !ready || (JSON.stringify(storedForm) === BUILD_FORM_JSON && atDurationDefaults(input));
  const partsLive = useLaterPartsLive(loadForm, loadSummary, loadChart, loadExport);
  const showsAnswers = ready && storedEstimate !== null && (partsAsBuilt || partsLive);

  return (
    <div class="dur" data-ready={showsAnswers ? 'true' : undefined}>
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
          {carried && (
            <p class="notice" data-carried="readiness">
              {carried}
            </p>
          )}
          <LoadLater load={loadForm} build={built?.FormPart} asBuilt={partsAsBuilt} wakeInView={false} props={{ form, errors, text }} />
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
          <LoadLater load={loadSummary} build={built?.SummaryPart} asBuilt={partsAsBuilt} wakeInView={false} props={{ estimate, startPassed, text }} />
          <LoadLater
            load={loadChart}
            build={built?.ChartPart}
            asBuilt={partsAsBuilt}
            wakeInView={false}
            props={{ estimate, input, startPassed, today, text }}
          />
          <HydrateLater>
            {today && <StartMonths estimate={estimate} today={today} startDate={input.startDate} text={text} onPick={(date) => setDurationField('startDate', date)} />}
          </HydrateLater>
          {today && <p class="print-only muted dur-print-date">{t('print.generated', { date: text.date(today) })}</p>}
          <LoadLater load={loadExport} build={built?.ExportPart} asBuilt={partsAsBuilt} wakeInView={false} props={{ estimate, stale, text }} />
        </section>
      </div>
    </div>
  );
}

export default function DurationEstimator(props: Props) {
  provideSourceLabels(props.sourceLabels);
  return <DurationEstimatorIsland {...props} />;
}
