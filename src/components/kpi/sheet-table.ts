// The KPI sheet as a plain table of text, in the page's language: one builder feeds the CSV download,
// the Markdown table and the printed sheet, so all three always say the same thing. Pure (no DOM).
// Files get bare numbers and ISO dates, which spreadsheets read as such; a person reading the sheet
// (on paper or as the example on screen) gets each value with its unit and the date as the locale writes it.
import type { Align, Horizon, KpiSheet, RowResult, SheetRow } from '@/models/kpi';
import { findKpi, sheetDefinitions } from '@/models/kpi';
import { type Text } from './text';

export const HORIZON_ORDER: readonly (Horizon | 'incomplete')[] = ['short', 'mid', 'long', 'incomplete'];

export interface TableRow {
  uid: string;
  group: Horizon | 'incomplete';
  cells: (string | number)[];
}

const MARK = { yes: '✓', stretch: '~', unlikely: '✗' } as const;

/** "S✓ M✗ A~ R✓ T✓": the letters are SMART's own, used as such in Chinese too. */
export function smartCode(result: RowResult): string {
  if (!result.ok) return '';
  const s = result.evaluation.smart;
  const m = (ok: boolean) => (ok ? '✓' : '✗');
  return `S${m(s.specific)} M${m(s.measurable)} A${MARK[s.attainable]} R${m(s.relevant)} T${m(s.timeBound)}`;
}

/** The sheet's columns in order, by the dictionary key of their heading; rowCells fills them in this order. */
const HEADER_KEYS = ['csv.kpi', 'csv.category', 'csv.unit', 'csv.direction', 'csv.baseline', 'csv.target', 'csv.change', 'csv.deadline', 'csv.horizon', 'csv.owner', 'csv.dataSource', 'csv.goal', 'csv.cadence', 'csv.smart', 'csv.attainable'] as const;
export type ColumnKey = (typeof HEADER_KEYS)[number];

/** Where a column sits in the header and in every row's cells. */
export const column = (key: ColumnKey): number => HEADER_KEYS.indexOf(key);

/** The columns of figures: right-aligned in the Markdown table and on paper. */
export const NUMERIC_COLUMNS: readonly number[] = (['csv.baseline', 'csv.target', 'csv.change'] as const).map(column);

/** Each column's alignment, for the Markdown table. */
export const columnAlign = (): Align[] => HEADER_KEYS.map((_, i) => (NUMERIC_COLUMNS.includes(i) ? 'right' : 'left'));

export function tableHeader(text: Text): string[] {
  return HEADER_KEYS.map((k) => text.t(k));
}

/** `data`: for files (bare numbers, ISO dates); `people`: for reading (units, the locale's dates). */
export type TableForm = 'data' | 'people';

function rowCells(text: Text, sheet: KpiSheet, row: SheetRow, result: RowResult, form: TableForm): (string | number)[] {
  const def = findKpi(row.kpiId, sheetDefinitions(sheet));
  const ok = result.ok ? result : null;
  // Only a validated row has a real date and numbers to format; one being filled in shows what was typed.
  const unit = form === 'people' && ok && def ? def.unit : null;
  // ASCII signs and no unit words, so a spreadsheet reads "+18.8%" and "-10" as numbers.
  const signed = (n: number, suffix: string) => `${n > 0 ? '+' : n < 0 ? '-' : ''}${text.num(Math.abs(n), 1)}${suffix}`;
  const change = ok
    ? ok.evaluation.change.relative !== null
      ? signed(ok.evaluation.change.relative * 100, '%')
      : unit
        ? text.signedValue(unit, ok.evaluation.change.absolute)
        : signed(ok.evaluation.change.absolute, '')
    : '';
  const value = (n: number) => (unit ? text.valueText(unit, n) : n);
  return [
    text.kpiName(sheet, row.kpiId),
    def ? text.t(`category.${def.category}`) : '',
    def ? text.t(`unit.${def.unit}`) : '',
    def ? text.t(`direction.${def.direction}`) : '',
    ok ? value(ok.input.baseline) : row.baseline.trim(),
    ok ? value(ok.input.target) : row.target.trim(),
    change,
    unit ? text.date(row.deadline) : row.deadline,
    ok ? text.t(`horizon.${ok.evaluation.horizon}`) : text.t('csv.incomplete'),
    row.owner.trim(),
    row.dataSource.trim(),
    row.goal.trim(),
    text.t(`cadence.${row.cadence}`),
    smartCode(result),
    ok ? text.dyn(`attainable.${ok.evaluation.smart.attainable}`, '') : '',
  ];
}

/** Rows in sheet order within each term: short, mid, long, then rows still being filled in. */
export function tableRows(text: Text, sheet: KpiSheet, results: readonly RowResult[], form: TableForm = 'data'): TableRow[] {
  const out: TableRow[] = [];
  for (const group of HORIZON_ORDER) {
    sheet.rows.forEach((row, i) => {
      const result = results[i];
      if (!result) return;
      const g = result.ok ? result.evaluation.horizon : 'incomplete';
      if (g === group) out.push({ uid: row.uid, group, cells: rowCells(text, sheet, row, result, form) });
    });
  }
  return out;
}
