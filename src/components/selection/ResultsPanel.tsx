// The result beside the inputs: the starting point it was built from, the vendor's-view warning when
// that applies, the summary and the points chart.
import { getPreset, type MatrixResult, type SelectionState } from '@/models/matrix';
import { Cited } from '@/components/shared/Cited';
import { PointsChart } from './PointsChart';
import { ResultSummary } from './ResultSummary';
import { tr, trDyn, type Ctx } from './text';

interface Props {
  ctx: Ctx;
  state: SelectionState;
  result: MatrixResult;
  verdict: string;
  stale: boolean;
}

export function ResultsPanel({ ctx, state, result, verdict, stale }: Props) {
  const { locale } = ctx;
  return (
    <section class="card result-panel sel-results" id="sel-results" aria-labelledby="sel-results-h">
      <h2 id="sel-results-h">{tr(ctx, 'result.heading')}</h2>
      <p class="sel-print-note muted">
        {tr(ctx, 'preset.label')}: <Cited text={trDyn(ctx, `preset.${state.preset}.name`, state.preset)} locale={locale} />
      </p>
      {getPreset(state.preset).vendorView && (
        <p class="notice warn sel-small">
          <span class="badge warn">{tr(ctx, 'preset.vendorBadge')}</span> <Cited text={tr(ctx, 'result.vendorNote')} locale={locale} />
        </p>
      )}
      <ResultSummary ctx={ctx} matrix={state.matrix} result={result} verdict={verdict} stale={stale} />
      <PointsChart ctx={ctx} matrix={state.matrix} result={result} />
    </section>
  );
}
