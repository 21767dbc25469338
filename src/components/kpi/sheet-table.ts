// The KPI sheet as a plain table of text, in the page's language: one builder feeds the CSV download,
// the Markdown table and the printed sheet, so all three always say the same thing. Pure (no DOM).
import type { Align, Horizon, KpiSheet, RowResult, SheetRow } from '@/models/kpi';
import { findKpi, sheetDefinitions } from '@/models/kpi';
import { kpiName, num, tr, trDyn, type Ctx } from './text';

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

export function tableHeader(ctx: Ctx): string[] {
  return HEADER_KEYS.map((k) => tr(ctx, k));
}

function rowCells(ctx: Ctx, sheet: KpiSheet, row: SheetRow, result: RowResult): (string | number)[] {
  const def = findKpi(row.kpiId, sheetDefinitions(sheet));
  const ok = result.ok ? result : null;
  // ASCII signs and no unit words, so a spreadsheet reads "+18.8%" and "-10" as numbers.
  const signed = (n: number, suffix: string) => `${n > 0 ? '+' : n < 0 ? '-' : ''}${num(ctx, Math.abs(n), 1)}${suffix}`;
  const change = ok
    ? ok.evaluation.change.relative !== null
      ? signed(ok.evaluation.change.relative * 100, '%')
      : signed(ok.evaluation.change.absolute, '')
    : '';
  return [
    kpiName(ctx, sheet, row.kpiId),
    def ? tr(ctx, `category.${def.category}`) : '',
    def ? tr(ctx, `unit.${def.unit}`) : '',
    def ? tr(ctx, `direction.${def.direction}`) : '',
    ok ? ok.input.baseline : row.baseline.trim(),
    ok ? ok.input.target : row.target.trim(),
    change,
    row.deadline,
    ok ? tr(ctx, `horizon.${ok.evaluation.horizon}`) : tr(ctx, 'csv.incomplete'),
    row.owner.trim(),
    row.dataSource.trim(),
    row.goal.trim(),
    tr(ctx, `cadence.${row.cadence}`),
    smartCode(result),
    ok ? trDyn(ctx, `attainable.${ok.evaluation.smart.attainable}`, '') : '',
  ];
}

/** Rows in sheet order within each term: short, mid, long, then rows still being filled in. */
export function tableRows(ctx: Ctx, sheet: KpiSheet, results: readonly RowResult[]): TableRow[] {
  const out: TableRow[] = [];
  for (const group of HORIZON_ORDER) {
    sheet.rows.forEach((row, i) => {
      const result = results[i];
      if (!result) return;
      const g = result.ok ? result.evaluation.horizon : 'incomplete';
      if (g === group) out.push({ uid: row.uid, group, cells: rowCells(ctx, sheet, row, result) });
    });
  }
  return out;
}
