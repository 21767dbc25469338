// The cost results as tables: each option's cost and running total by year, and the total split into
// its four parts.
import type { MatrixInput, TcoInput, TcoResult } from '@/models/matrix';
import type { Text } from '../text';
import { optionHeading } from '../verdict';
import { BREAKDOWN } from './labels';

interface Props {
  text: Text;
  matrix: MatrixInput;
  input: TcoInput;
  result: TcoResult;
}

export function CostByYearTable({ text, matrix, input, result }: Props) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={text.t('cost.tableCaption')}>
      <table class="sel-cost-table">
        <caption class="sel-caption">{text.t('cost.tableCaption')}</caption>
        {/* Real column groups, so each option's heading (scope="colgroup") has the group it names. */}
        <colgroup />
        {result.options.map((o) => (
          <colgroup key={o.id} span={2} />
        ))}
        <thead>
          <tr>
            <td rowSpan={2} />
            {result.options.map((o) => (
              <th scope="colgroup" colSpan={2} key={o.id}>
                {optionHeading(text, matrix, o.id)}
              </th>
            ))}
          </tr>
          <tr>
            {result.options.map((o) => [
              <th scope="col" class="num" key={`${o.id}-y`}>
                {text.t('cost.inYear')}
              </th>,
              <th scope="col" class="num" key={`${o.id}-c`}>
                {text.t('cost.runningTotal')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: input.years }, (_, yr) => (
            <tr key={yr}>
              <th scope="row">{text.t('cost.year', { n: yr + 1 })}</th>
              {result.options.map((o) => [
                <td class="num" key={`${o.id}-y`}>
                  {text.money(o.byYear[yr] ?? 0)}
                </td>,
                <td class="num" key={`${o.id}-c`}>
                  {text.money(o.cumulative[yr] ?? 0)}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CostBreakdownTable({ text, matrix, input, result }: Props) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={text.t('cost.breakdownCaption')}>
      <table class="sel-breakdown">
        <caption class="sel-caption">{text.t('cost.breakdownCaption')}</caption>
        <thead>
          <tr>
            <td />
            {result.options.map((o) => (
              <th scope="col" class="num" key={o.id}>
                {optionHeading(text, matrix, o.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BREAKDOWN.map((b) => (
            <tr key={b.key}>
              <th scope="row">{text.t(b.label)}</th>
              {result.options.map((o) => (
                <td class="num" key={o.id}>
                  {text.money(o.breakdown[b.key])}
                </td>
              ))}
            </tr>
          ))}
          <tr class="sel-total-row">
            <th scope="row">{text.t('cost.total', { years: input.years })}</th>
            {result.options.map((o) => (
              <td class="num" key={o.id}>
                <strong>{text.money(o.total)}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
