// The selection matrix island: collects weights, scores, options and prices, and renders the result.
// All arithmetic is in the model (src/models/matrix) and all state in the store (src/stores/selection);
// this file wires them to the components. Until it has mounted it renders the neutral defaults, exactly
// as the build did, so hydration never meets markup it did not produce.
import { provideSourceLabels } from '@/components/shared/Cited';
import { useMemo } from 'preact/hooks';
import type { Locale } from '@/i18n/locales';
import { todayIso } from '@/models/calendar/iso-date';
import type { SelectionStrings } from '@/i18n/tools/selection';
import { isNeutralState } from '@/models/matrix';
import { useSayWhenSettled } from '@/components/shared/island-hooks';
import { toggleScenarios } from '@/components/shared/tool-extras';
import { selectionShareUrl, setLabel, setPrice, setScore, setUsers, setWeight, setYears, settleField } from '@/stores/selection';
import { CostCalculator } from '@/components/selection/CostCalculator';
import { ExportBar } from '@/components/selection/ExportBar';
import { OptionsEditor } from '@/components/selection/OptionsEditor';
import { PointsTable } from '@/components/selection/PointsChart';
import { PresetPicker } from '@/components/selection/PresetPicker';
import { ResultsPanel } from '@/components/selection/ResultsPanel';
import { ScoreGrid } from '@/components/selection/ScoreGrid';
import { SensitivityList } from '@/components/selection/Sensitivity';
import { WeightsEditor } from '@/components/selection/WeightsEditor';
import { makeText } from '@/components/selection/text';
import { verdictSentence } from '@/components/selection/verdict';
import { useSelectionActions } from '@/components/selection/useSelectionActions';
import { useSelectionView } from '@/components/selection/useSelectionView';
import { useSavedCompanyNameInPrintMargin } from '@/components/shared/running-head';
import { HydrateLater } from '@/components/shared/hydrate-later';

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
  const act = useSelectionActions(text, state, result, tco);

  const verdict = verdictSentence(text, state.matrix, result);
  // Sliders fire many events; announce once the visitor pauses.
  useSayWhenSettled(verdict, mounted, 700, (v) => act.setAnnounce(text.t('page.live', { summary: v })));

  return (
    // Once anything is scored or a starting situation applied, the page's "starts neutral" note no
    // longer describes the matrix (selection.css hides it).
    <div class="sel" data-ready={mounted ? 'true' : undefined} data-neutral={isNeutralState(state) ? 'true' : 'false'}>
      {mounted && !storageOk && <p class="notice warn">{text.t('page.storageOff')}</p>}
      {/* Today is the browser's, so the printout's date is there once the page is live, never in the build. */}
      {mounted && <p class="sel-print-only sel-print-date">{text.t('print.date', { date: text.date(todayIso()) })}</p>}
      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('selection', '.sel', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>

      <div class="tool-form">
        <PresetPicker text={text} current={state.preset} onApply={act.applyPreset} />
      </div>

      <div class="tool-columns sel-columns">
        <div class="tool-inputs sel-inputs">
          <OptionsEditor
            text={text}
            options={state.matrix.options}
            drafts={drafts}
            onLabel={setLabel}
            onSettle={settleField}
            onAdd={act.onAdd}
            onRemove={act.onRemove}
          />
          <WeightsEditor
            text={text}
            weights={state.matrix.weights}
            shares={result.shares}
            drafts={drafts}
            onWeight={setWeight}
            onEqual={act.onEqual}
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

        <HydrateLater>
          <ResultsPanel text={text} state={state} result={result} verdict={verdict} stale={stale} />
        </HydrateLater>
      </div>

      <HydrateLater>
        <div class="sel-print-only">
          <PointsTable text={text} matrix={state.matrix} result={result} printOnly />
        </div>
        <SensitivityList text={text} matrix={state.matrix} result={result} />
      </HydrateLater>

      <HydrateLater>
        <CostCalculator
          text={text}
          matrix={state.matrix}
          input={state.tco}
          result={tco}
          drafts={drafts}
          message={act.costMessage}
          onUsers={setUsers}
          onYears={setYears}
          onPrice={setPrice}
          onSettle={settleField}
          onToScores={act.onToScores}
        />
        <ExportBar text={text} onExport={act.onExport} shareUrl={() => selectionShareUrl(location)} onReset={act.onReset} state={state} stale={stale} />
      </HydrateLater>

      {planHref && (
        <p class="muted tool-form">
          {text.t('page.toPlan')} <a href={planHref}>{text.t('page.toPlanLink')}</a>
        </p>
      )}

      <p class="visually-hidden" aria-live="polite">
        {act.announce}
      </p>
    </div>
  );
}

export default function SelectionMatrix(props: Props) {
  provideSourceLabels(props.sourceLabels);
  useSavedCompanyNameInPrintMargin();
  return <SelectionMatrixIsland {...props} />;
}
