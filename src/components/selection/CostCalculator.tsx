// The cost calculator: users, years and each option's prices in; totals by year (chart and tables) out,
// plus the button that turns the comparison into "Total cost" scores in the matrix. The figures come
// from the model (computeTco, rankByCost); this file lays the parts out.
import { rankByCost, type MatrixInput, type PriceField, type TcoInput, type TcoResult } from '@/models/matrix';
import { fieldKey, type Draft } from '@/stores/selection';
import { CostChart } from './CostChart';
import { Cited } from '@/components/shared/Cited';
import { type Text } from './text';
import { nameOf } from './verdict';
import { CostInputs } from './cost/CostInputs';
import { PriceFields, PrintedPrices } from './cost/PriceTables';
import { CostBreakdownTable, CostByYearTable } from './cost/CostTables';

interface Props {
  text: Text;
  matrix: MatrixInput;
  input: TcoInput;
  result: TcoResult;
  drafts: Record<string, Draft>;
  message: string | null;
  onUsers: (raw: string) => void;
  onYears: (raw: string) => void;
  onPrice: (option: string, field: PriceField, raw: string) => void;
  /** A field lost focus (its key from `fieldKey`). */
  onSettle: (key: string) => void;
  onToScores: () => void;
}

function cheapestSentence(text: Text, matrix: MatrixInput, input: TcoInput, result: TcoResult): string {
  const r = rankByCost(result);
  if (r.kind === 'equal') return text.t('cost.allEqual', { years: input.years, amount: text.money(r.total) });
  return text.t('cost.cheapest', {
    option: nameOf(text, matrix, r.cheapest),
    years: input.years,
    amount: text.money(r.total),
    diff: text.money(r.diff),
    pct: text.num(r.pct, 0),
    other: nameOf(text, matrix, r.next),
  });
}

export function CostCalculator(p: Props) {
  const { text, matrix, input, result } = p;
  const indexOf = (id: string) => matrix.options.findIndex((o) => o.id === id);
  const tables = { text, matrix, input, result };
  return (
    <section class="card sel-cost" id="sel-cost" aria-labelledby="sel-cost-h">
      <h2 id="sel-cost-h">{text.t('cost.heading')}</h2>
      <p class="muted">{text.t('cost.intro')}</p>
      <CostInputs text={text} input={input} usersDraft={p.drafts[fieldKey.users]} onUsers={p.onUsers} onYears={p.onYears} onSettle={p.onSettle} />
      <PriceFields text={text} matrix={matrix} input={input} drafts={p.drafts} onPrice={p.onPrice} onSettle={p.onSettle} />
      <PrintedPrices text={text} matrix={matrix} input={input} />

      <p class="sel-verdict-cost">
        <strong>{cheapestSentence(text, matrix, input, result)}</strong>
      </p>

      <div class={`sel-cost-out sel-n${Math.min(matrix.options.length, 3)}`}>
        <figure class="sel-figure">
          <figcaption id="sel-cost-title" class="sel-figcaption">
            {text.t('cost.chartTitle')}
          </figcaption>
          <p id="sel-cost-desc" class="muted sel-small">
            {text.t('cost.chartDesc')}
          </p>
          <CostChart text={text} tco={result} indexOf={indexOf} />
        </figure>
        <CostByYearTable {...tables} />
      </div>

      <CostBreakdownTable {...tables} />

      <div class="sel-to-scores tool-form">
        <button type="button" class="btn" onClick={p.onToScores} aria-describedby="sel-to-scores-rule">
          {text.t('cost.toScores')}
        </button>
        <p class="muted sel-small" id="sel-to-scores-rule">
          {text.t('cost.toScoresRule')}
        </p>
        <p role="status" class="sel-status">
          {p.message}
        </p>
      </div>
      <p class="muted sel-small"><Cited text={text.t('cost.levels')} locale={text.locale} /></p>
    </section>
  );
}
