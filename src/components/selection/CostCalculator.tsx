// The cost calculator: users, years and each option's prices in; totals by year (chart and tables) out,
// plus the button that turns the comparison into "Total cost" scores in the matrix.
import { YEARS_MAX, YEARS_MIN, type MatrixInput, type TcoInput, type TcoResult } from '@/models/matrix';
import { PRICE_FIELDS, fieldKey, type Draft, type PriceField } from '@/stores/selection';
import { CostChart } from './CostChart';
import { Field } from './Field';
import { Cited } from '@/components/shared/Cited';
import { letter, type Text } from './text';
import { nameOf } from './verdict';
import type { SelectionKey } from '@/i18n/tools/selection';

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
  onSettle: (key: string) => void;
  onToScores: () => void;
}

const PRICE_KEYS: Record<PriceField, { label: SelectionKey; help: SelectionKey; short: SelectionKey }> = {
  licensePerUserPerMonth: { label: 'cost.license', help: 'cost.licenseHelp', short: 'cost.licences' },
  implementation: { label: 'cost.implementation', help: 'cost.implementationHelp', short: 'cost.implementationShort' },
  annualMaintenance: { label: 'cost.maintenance', help: 'cost.maintenanceHelp', short: 'cost.maintenanceShort' },
  trainingPerUser: { label: 'cost.training', help: 'cost.trainingHelp', short: 'cost.trainingShort' },
};
const BREAKDOWN: { key: 'licenses' | 'implementation' | 'maintenance' | 'training'; label: SelectionKey }[] = [
  { key: 'licenses', label: 'cost.licences' },
  { key: 'implementation', label: 'cost.implementationShort' },
  { key: 'maintenance', label: 'cost.maintenanceShort' },
  { key: 'training', label: 'cost.trainingShort' },
];

function cheapestSentence(text: Text, matrix: MatrixInput, input: TcoInput, result: TcoResult): string {
  const sorted = [...result.options].sort((a, b) => a.total - b.total);
  const [low, next] = sorted;
  if (!low || !next || low.total === sorted.at(-1)!.total) {
    return text.t('cost.allEqual', { years: input.years, amount: text.money(low?.total ?? 0) });
  }
  const diff = next.total - low.total;
  return text.t('cost.cheapest', {
    option: nameOf(text, matrix, low.id),
    years: input.years,
    amount: text.money(low.total),
    diff: text.money(diff),
    pct: text.num(next.total > 0 ? (100 * diff) / next.total : 0, 0),
    other: nameOf(text, matrix, next.id),
  });
}

export function CostCalculator(p: Props) {
  const { text, matrix, input, result, drafts } = p;
  const indexOf = (id: string) => matrix.options.findIndex((o) => o.id === id);
  const usersDraft = drafts[fieldKey.users];
  return (
    <section class="card sel-cost" id="sel-cost" aria-labelledby="sel-cost-h">
      <h2 id="sel-cost-h">{text.t('cost.heading')}</h2>
      <p class="muted">{text.t('cost.intro')}</p>
      <div class="sel-cost-top tool-form">
        <Field
          id="sel-users"
          label={text.t('cost.users')}
          help={text.t('cost.usersHelp')}
          inputMode="numeric"
          size={8}
          value={String(input.users)}
          draft={usersDraft}
          error={usersDraft?.code ? text.errorText(usersDraft.code, 'users') : null}
          onInput={p.onUsers}
          onBlur={() => p.onSettle(fieldKey.users)}
        />
        <div class="field">
          <label for="sel-years">{text.t('cost.years')}</label>
          <select
            id="sel-years"
            value={String(input.years)}
            aria-describedby="sel-years-help"
            onChange={(e) => p.onYears((e.currentTarget as HTMLSelectElement).value)}
          >
            {Array.from({ length: YEARS_MAX - YEARS_MIN + 1 }, (_, k) => YEARS_MIN + k).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
          <p class="help" id="sel-years-help">
            {text.t('cost.yearsHelp')}
          </p>
        </div>
      </div>

      <div class="table-wrap tool-form">
        <table class="sel-prices">
          <caption class="visually-hidden">{text.t('cost.heading')}</caption>
          <thead>
            <tr>
              <td />
              {matrix.options.map((o, i) => (
                <th scope="col" key={o.id}>
                  <span class={`sel-letter sel-o${i}`} aria-hidden="true">
                    {letter(i)}
                  </span>{' '}
                  {nameOf(text, matrix, o.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PRICE_FIELDS.map((f) => (
              <tr key={f}>
                <th scope="row">
                  {text.t(PRICE_KEYS[f].label)}
                  <span class="help sel-help">{text.t(PRICE_KEYS[f].help)}</span>
                </th>
                {input.options.map((o) => {
                  const key = fieldKey.price(o.id, f);
                  const draft = drafts[key];
                  return (
                    <td key={o.id}>
                      <Field
                        id={`sel-p-${o.id}-${f}`}
                        className="sel-price"
                        size={9}
                        ariaLabel={`${nameOf(text, matrix, o.id)}: ${text.t(PRICE_KEYS[f].label)}`}
                        value={String(o[f])}
                        draft={draft}
                        error={draft?.code ? text.errorText(draft.code, 'price') : null}
                        onInput={(raw) => p.onPrice(o.id, f, raw)}
                        onBlur={() => p.onSettle(key)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div class="sel-print-only sel-print-inputs">
        <table class="sel-print-prices">
          <caption class="sel-caption">{text.t('print.costInputs', { users: text.num(input.users), years: input.years })}</caption>
          <thead>
            <tr>
              <td />
              {matrix.options.map((o, i) => (
                <th scope="col" class="num" key={o.id}>
                  {letter(i)} · {nameOf(text, matrix, o.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PRICE_FIELDS.map((f) => (
              <tr key={f}>
                <th scope="row">{text.t(PRICE_KEYS[f].label)}</th>
                {input.options.map((o) => (
                  <td class="num" key={o.id}>
                    {text.money(o[f])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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
                    {letter(indexOf(o.id))} · {nameOf(text, matrix, o.id)}
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
      </div>

      <div class="table-wrap" tabIndex={0} role="region" aria-label={text.t('cost.breakdownCaption')}>
        <table class="sel-breakdown">
          <caption class="sel-caption">{text.t('cost.breakdownCaption')}</caption>
          <thead>
            <tr>
              <td />
              {result.options.map((o) => (
                <th scope="col" class="num" key={o.id}>
                  {letter(indexOf(o.id))} · {nameOf(text, matrix, o.id)}
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
