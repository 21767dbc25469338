// The result beside the inputs: the starting point it was built from, the vendor's-view warning when
// that applies, the summary and the points chart.
import { getPreset, type MatrixResult, type SelectionState } from '@/models/matrix';
import { Cited } from '@/components/shared/Cited';
import { PointsChart } from './PointsChart';
import { ResultSummary } from './ResultSummary';
import { type Text } from './text';

interface Props {
  text: Text;
  state: SelectionState;
  result: MatrixResult;
  verdict: string;
  stale: boolean;
}

export function ResultsPanel({ text, state, result, verdict, stale }: Props) {
  const { locale } = text;
  return (
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
  );
}
