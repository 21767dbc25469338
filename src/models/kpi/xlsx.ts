// The KPI sheet as a workbook: the same rows and texts as the page's table, with the figures typed
// (baseline and target as numbers, the change as a percentage or a number, the deadline as a date) and
// one column per month holding each KPI's milestone for that month.
import { date, MONTH_FORMAT, num, sheetName, text, type XlsxCell, type XlsxSheet } from '@/lib/xlsx-sheet';
import { isIsoDate } from '@/models/calendar';
import type { RowResult } from './sheet';

/** A row of the page's table: its text cells in the order of the header, and the row it shows. */
export interface KpiTableRow {
  uid: string;
  cells: readonly (string | number)[];
}

export interface KpiXlsxLabels {
  sheet: string;
  /** The page's column headings, in the order of the table's cells. */
  header: readonly string[];
}

/** Where the typed columns are in the page's table (see the KPI table header). */
export const KPI_COLUMNS = { baseline: 4, target: 5, change: 6, deadline: 7 } as const;
const PERCENT = '+0.0%;-0.0%;0.0%';
const SIGNED = '+0.##;-0.##;0';

function typedCell(col: number, raw: string | number, result: RowResult | undefined): XlsxCell {
  const ok = result?.ok ? result : null;
  if (ok && col === KPI_COLUMNS.baseline) return num(ok.input.baseline);
  if (ok && col === KPI_COLUMNS.target) return num(ok.input.target);
  if (ok && col === KPI_COLUMNS.change) {
    const c = ok.evaluation.change;
    return c.relative !== null ? num(c.relative, PERCENT) : num(c.absolute, SIGNED);
  }
  if (col === KPI_COLUMNS.deadline && typeof raw === 'string' && isIsoDate(raw)) return date(raw);
  if (typeof raw === 'number') return num(raw);
  return raw === '' ? null : text(raw);
}

/** Every month (YYYY-MM) in which some KPI has a milestone, in order. */
export function milestoneMonths(results: readonly RowResult[]): string[] {
  const months = new Set<string>();
  for (const r of results) if (r.ok) for (const m of r.evaluation.milestones) months.add(m.date.slice(0, 7));
  return [...months].sort();
}

export function kpiXlsxSheet(rows: readonly KpiTableRow[], results: readonly RowResult[], labels: KpiXlsxLabels): XlsxSheet {
  const byUid = new Map(results.map((r) => [r.uid, r]));
  const months = milestoneMonths(results);
  const header: XlsxCell[] = [...labels.header.map((h) => text(h, true)), ...months.map((m) => date(`${m}-01`, MONTH_FORMAT, true))];
  const body = rows.map((row) => {
    const result = byUid.get(row.uid);
    const cells: XlsxCell[] = labels.header.map((_, col) => typedCell(col, row.cells[col] ?? '', result));
    const byMonth = new Map(result?.ok ? result.evaluation.milestones.map((m) => [m.date.slice(0, 7), m.value] as const) : []);
    for (const m of months) {
      const v = byMonth.get(m);
      cells.push(v === undefined ? null : num(v));
    }
    return cells;
  });
  return {
    name: sheetName(labels.sheet),
    rows: [header, ...body],
    widths: [...labels.header.map((_, i) => (i === 0 || i >= 9 ? 24 : 12)), ...months.map(() => 10)],
  };
}
