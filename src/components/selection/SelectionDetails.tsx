// Everything of the selection matrix below its starting situations: options, weights and scores beside
// the result, the sensitivity list, the cost calculator and the exports. The island loads it with
// LoadLater, so its code is fetched once the visitor can reach it.
import type { MatrixResult, SelectionState, TcoResult } from '@/models/matrix';
import { HydrateLater } from '@/components/shared/hydrate-later';
import type { Draft } from '@/stores/selection';
import { selectionShareUrl, setLabel, setPrice, setScore, setUsers, setWeight, setYears, settleField } from '@/stores/selection-edits';
import { CostCalculator } from './CostCalculator';
import { ExportBar } from './ExportBar';
import { OptionsEditor } from './OptionsEditor';
import { PointsTable } from './PointsChart';
import { ResultsPanel } from './ResultsPanel';
import { ScoreGrid } from './ScoreGrid';
import { SensitivityList } from './Sensitivity';
import { WeightsEditor } from './WeightsEditor';
import type { Text } from './text';
import { useSelectionActions } from './useSelectionActions';

export interface SelectionDetailsProps {
  text: Text;
  state: SelectionState;
  result: MatrixResult;
  tco: TcoResult;
  drafts: Record<string, Draft>;
  stale: boolean;
  verdict: string;
  /** Says something in the island's live region. */
  say: (message: string) => void;
}

export function SelectionDetails({ text, state, result, tco, drafts, stale, verdict, say }: SelectionDetailsProps) {
  const act = useSelectionActions(text, state, result, tco, say);
  return (
    <>
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
    </>
  );
}
