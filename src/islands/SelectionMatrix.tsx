// The selection matrix island: collects weights, scores, options and prices, and renders the result.
// All arithmetic is in the model (src/models/matrix) and all state in the store (src/stores/selection);
// this file wires them to the components. Until it has mounted it renders the neutral defaults, exactly
// as the build did, so hydration never meets markup it did not produce.
import { provideSourceLabels } from '@/components/shared/Cited';
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '@/i18n/locales';
import type { SelectionStrings } from '@/i18n/tools/selection';
import { DEFAULT_SELECTION_STATE, computeTco, getPreset, scoreMatrix, type PresetId } from '@/models/matrix';
import { $storageAvailable } from '@/stores/storage-engine';
import { useFocusAfterRender } from '@/components/shared/island-hooks';
import { toggleScenarios, undoable, useShareLink } from '@/components/shared/tool-extras';
import type { SelectionExport } from '@/components/selection/exports';
import {
  $hasInvalidDrafts,
  $matrixResult,
  $selectionDrafts,
  $selectionState,
  $tcoResult,
  addOption,
  choosePreset,
  costToScores,
  equalWeights,
  removeOption,
  resetSelection,
  selectionShareUrl,
  setLabel,
  setPrice,
  setScore,
  setUsers,
  setWeight,
  setYears,
  settleField,
} from '@/stores/selection';
import { Cited } from '@/components/shared/Cited';
import { CostCalculator } from '@/components/selection/CostCalculator';
import { ExportBar } from '@/components/selection/ExportBar';
import { OptionsEditor } from '@/components/selection/OptionsEditor';
import { PointsChart, PointsTable } from '@/components/selection/PointsChart';
import { PresetPicker } from '@/components/selection/PresetPicker';
import { ResultSummary } from '@/components/selection/ResultSummary';
import { ScoreGrid } from '@/components/selection/ScoreGrid';
import { SensitivityList } from '@/components/selection/Sensitivity';
import { WeightsEditor } from '@/components/selection/WeightsEditor';
import { makeText } from '@/components/selection/text';
import { nameOf, verdictSentence } from '@/components/selection/verdict';

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

const DEFAULT_RESULT = scoreMatrix(DEFAULT_SELECTION_STATE.matrix);
const DEFAULT_TCO = computeTco(DEFAULT_SELECTION_STATE.tco);


function SelectionMatrixIsland({ locale, strings, planHref, scenariosLabel }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const [announce, setAnnounce] = useState('');
  const [costMessage, setCostMessage] = useState<string | null>(null);
  const focusNext = useFocusAfterRender();

  const storedState = useStore($selectionState);
  const storedResult = useStore($matrixResult);
  const storedTco = useStore($tcoResult);
  const storedDrafts = useStore($selectionDrafts);
  const stale = useStore($hasInvalidDrafts);
  const storageOk = useStore($storageAvailable);

  const mounted = useShareLink('selection', '.sel');
  const state = mounted ? storedState : DEFAULT_SELECTION_STATE;
  const result = mounted ? storedResult : DEFAULT_RESULT;
  const tco = mounted ? storedTco : DEFAULT_TCO;
  const drafts = mounted ? storedDrafts : {};



  const verdict = verdictSentence(text, state.matrix, result);
  const firstVerdict = useRef(true);
  useEffect(() => {
    if (!mounted) return;
    if (firstVerdict.current) {
      firstVerdict.current = false;
      return;
    }
    // Sliders fire many events; announce once the visitor pauses.
    const timer = setTimeout(() => setAnnounce(text.t('page.live', { summary: verdict })), 700);
    return () => clearTimeout(timer);
  }, [verdict, mounted]);

  const applyPreset = (id: PresetId) => {
    choosePreset(id);
    setAnnounce(text.t('preset.applied', { name: text.dyn(`preset.${id}.name`, id) }));
  };
  const onAdd = () => {
    const id = addOption();
    if (!id) return;
    const options = $selectionState.get().matrix.options;
    const index = options.findIndex((o) => o.id === id);
    focusNext.current = `sel-name-${id}`;
    setAnnounce(text.t('options.added', { name: text.optionName(options[index]!, index) }));
  };
  const onRemove = (id: string) => {
    const name = nameOf(text, state.matrix, id);
    if (!removeOption(id)) return;
    focusNext.current = 'sel-add';
    setAnnounce(text.t('options.removedNotice', { name }));
  };
  const onToScores = () => {
    const scores = costToScores();
    const options = $selectionState.get().matrix.options;
    const list = options.map((o, i) => `${text.optionName(o, i)} ${text.num(scores[o.id] ?? 0)}`).join(locale === 'zh-cn' ? '；' : '; ');
    const message = text.t('cost.toScoresDone', { list });
    setCostMessage(message);
  };
  const onExport = (what: SelectionExport) =>
    import('@/components/selection/exports').then((m) => m.saveSelection(what, text, state, result, tco));
  const onEqual = () => {
    equalWeights();
    setAnnounce(text.t('weights.equalDone'));
  };
  const onReset = () => {
    undoable($selectionState, resetSelection, 'toast.reset');
    setCostMessage(null);
    setAnnounce(text.t('export.resetDone'));
  };

  return (
    // Once anything is scored or a starting situation applied, the page's "starts neutral" note no
    // longer describes the matrix (selection.css hides it).
    <div class="sel" data-ready={mounted ? 'true' : undefined} data-neutral={state.preset === 'neutral' && state.matrix.options.every((o) => Object.values(o.scores).every((v) => v === 3)) ? 'true' : 'false'}>
      {mounted && !storageOk && <p class="notice warn">{text.t('page.storageOff')}</p>}
      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('selection', '.sel', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>

      <div class="tool-form">
        <PresetPicker text={text} current={state.preset} onApply={applyPreset} />
      </div>

      <div class="tool-columns sel-columns">
        <div class="tool-inputs sel-inputs">
          <OptionsEditor
            text={text}
            options={state.matrix.options}
            drafts={drafts}
            onLabel={setLabel}
            onSettle={settleField}
            onAdd={onAdd}
            onRemove={onRemove}
          />
          <WeightsEditor
            text={text}
            weights={state.matrix.weights}
            shares={result.shares}
            drafts={drafts}
            onWeight={setWeight}
            onEqual={onEqual}
          />
          <ScoreGrid
            text={text}
            options={state.matrix.options}
            shares={result.shares}
            drafts={drafts}
            onScore={setScore}
            onSettle={settleField}
          />
          <a class="sel-peek" href="#sel-results">
            {text.t('result.heading')}: {verdict}
          </a>
        </div>

        <section class="card result-panel sel-results" id="sel-results" aria-labelledby="sel-results-h">
          <h2 id="sel-results-h">{text.t('result.heading')}</h2>
          <p class="sel-print-note muted">
            {text.t('preset.label')}: <Cited text={text.dyn(`preset.${state.preset}.name`, state.preset)} locale={locale} />
          </p>
          {getPreset(state.preset).vendorView && (
            <p class="notice warn sel-small">
              <span class="badge warn">{text.t('preset.vendorBadge')}</span> <Cited text={text.t('result.vendorNote')} locale={locale} />
            </p>
          )}
          <ResultSummary text={text} matrix={state.matrix} result={result} verdict={verdict} stale={stale} />
          <PointsChart text={text} matrix={state.matrix} result={result} />
        </section>
      </div>

      <div class="sel-print-only">
        <PointsTable text={text} matrix={state.matrix} result={result} printOnly />
      </div>

      <SensitivityList text={text} matrix={state.matrix} result={result} />

      <CostCalculator
        text={text}
        matrix={state.matrix}
        input={state.tco}
        result={tco}
        drafts={drafts}
        message={costMessage}
        onUsers={setUsers}
        onYears={setYears}
        onPrice={setPrice}
        onSettle={settleField}
        onToScores={onToScores}
      />

      <ExportBar text={text} onExport={onExport} shareUrl={() => selectionShareUrl(location)} onReset={onReset} />

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
  return <SelectionMatrixIsland {...props} />;
}
