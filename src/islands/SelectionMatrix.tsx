// The selection matrix island: the starting situations, then everything else (SelectionDetails: options,
// weights, scores, the result, costs, exports). All arithmetic is in the model (src/models/matrix) and
// all state in the store (src/stores/selection); this file wires them to the components. Until it has
// mounted it renders the neutral defaults, exactly as the build did, so hydration never meets markup
// it did not produce.
import { provideSourceLabels } from '@/components/shared/Cited';
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '@/i18n/locales';
import { todayIso } from '@/models/calendar/iso-date';
import type { SelectionStrings } from '@/i18n/tools/selection';
import { DEFAULT_SELECTION_STATE, isNeutralState, type PresetId } from '@/models/matrix';
import { useSayWhenSettled } from '@/components/shared/island-hooks';
import { toggleScenarios } from '@/components/shared/tool-extras';
import { choosePreset } from '@/stores/selection';
import { PresetPicker } from '@/components/selection/PresetPicker';
import { makeText } from '@/components/selection/text';
import { verdictSentence } from '@/components/selection/verdict';
import { useSelectionView } from '@/components/selection/useSelectionView';
import { useSavedCompanyNameInPrintMargin } from '@/components/shared/running-head';
import { LoadLater, useLaterPartsLive } from '@/components/shared/load-later';

// Below the starting situations the matrix shows the build's neutral defaults until the visitor acts
// (or has saved answers), so its code can wait for them (LoadLater); the build renders it in place.
const loadDetails = () => import('@/components/selection/SelectionDetails').then((m) => m.SelectionDetails);
const buildDetails = import.meta.env.SSR ? (await import('@/components/selection/SelectionDetails')).SelectionDetails : undefined;
const DEFAULT_STATE_JSON = JSON.stringify(DEFAULT_SELECTION_STATE);

interface Props {
  locale: Locale;
  strings: SelectionStrings;
  /** Link to the plan page, when it exists. */
  planHref?: string;
  /** The label of the button that opens the scenarios panel. */
  scenariosLabel: string;
  /** This locale's source labels (SOURCE_LABEL[locale]), for the references' accessible names. */
  sourceLabels?: Readonly<Record<string, string>>;
}

function SelectionMatrixIsland({ locale, strings, planHref, scenariosLabel }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const { mounted, state, result, tco, drafts, stale, storageOk } = useSelectionView();
  const [announce, setAnnounce] = useState('');
  const applyPreset = (id: PresetId) => {
    choosePreset(id);
    setAnnounce(text.t('preset.applied', { name: text.dyn(`preset.${id}.name`, id) }));
  };

  const verdict = verdictSentence(text, state.matrix, result);
  const detailsLive = useLaterPartsLive(loadDetails);
  const asBuilt = !stale && Object.keys(drafts).length === 0 && JSON.stringify(state) === DEFAULT_STATE_JSON;
  // Sliders fire many events; announce once the visitor pauses.
  useSayWhenSettled(verdict, mounted, 700, (v) => setAnnounce(text.t('page.live', { summary: v })));

  return (
    // Once anything is scored or a starting situation applied, the page's "starts neutral" note no
    // longer describes the matrix (selection.css hides it).
    <div class="sel" data-ready={mounted && (asBuilt || detailsLive) ? 'true' : undefined} data-neutral={isNeutralState(state) ? 'true' : 'false'}>
      {mounted && !storageOk && <p class="notice warn">{text.t('page.storageOff')}</p>}
      {/* Today is the browser's, so the printout's date is there once the page is live, never in the build. */}
      {mounted && <p class="sel-print-only sel-print-date">{text.t('print.date', { date: text.date(todayIso()) })}</p>}
      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('selection', '.sel', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>

      <div class="tool-form">
        <PresetPicker text={text} current={state.preset} onApply={applyPreset} />
      </div>

      <LoadLater load={loadDetails} build={buildDetails} asBuilt={asBuilt} props={{ text, state, result, tco, drafts, stale, verdict, say: setAnnounce }} />

      {planHref && (
        <p class="muted tool-form">
          {text.t('page.toPlan')} <a href={planHref}>{text.t('page.toPlanLink')}</a>
        </p>
      )}

      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

export default function SelectionMatrix(props: Props) {
  provideSourceLabels(props.sourceLabels);
  useSavedCompanyNameInPrintMargin();
  return <SelectionMatrixIsland {...props} />;
}
