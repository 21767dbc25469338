// The sheet on paper: the table grouped by term, its legend, and each KPI's milestones in one line.
import type { KpiSheet, RowResult } from '@/models/kpi';
import { SheetTable } from './SheetTable';
import type { TableRow } from './sheet-table';
import { tr, valueText, type Ctx } from './text';

interface Props {
  ctx: Ctx;
  sheet: KpiSheet;
  results: RowResult[];
  header: readonly string[];
  rows: readonly TableRow[];
  name: (kpiId: string) => string;
}

export function PrintedSheet({ ctx, sheet, results, header, rows, name }: Props) {
  return (
    <div class="print-only">
      <SheetTable ctx={ctx} header={header} rows={rows} caption={tr(ctx, 'sheet.heading')} />
      <p class="kpi-print-legend">{tr(ctx, 'print.legend')}</p>
      <h3>{tr(ctx, 'row.milestones')}</h3>
      <ul class="kpi-print-ms">
        {results.map((r, i) =>
          r.ok ? (
            <li key={r.uid}>
              {tr(ctx, 'print.msItem', {
                name: name(sheet.rows[i]!.kpiId),
                list: r.evaluation.milestones.map((m) => `${m.date.slice(0, 7)} ${valueText(ctx, r.definition.unit, m.value)}`).join(' · '),
              })}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
