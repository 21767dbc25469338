// The sheet on paper: the table grouped by term, its legend, and each KPI's milestones in one line.
import type { KpiSheet, RowResult } from '@/models/kpi';
import { SheetTable } from './SheetTable';
import type { TableRow } from './sheet-table';
import { type Text } from './text';

interface Props {
  text: Text;
  sheet: KpiSheet;
  results: RowResult[];
  header: readonly string[];
  rows: readonly TableRow[];
  name: (kpiId: string) => string;
}

export function PrintedSheet({ text, sheet, results, header, rows, name }: Props) {
  return (
    <div class="print-only">
      <SheetTable text={text} header={header} rows={rows} caption={text.t('sheet.heading')} />
      <p class="kpi-print-legend">{text.t('print.legend')}</p>
      <h3>{text.t('row.milestones')}</h3>
      <ul class="kpi-print-ms">
        {results.map((r, i) =>
          r.ok ? (
            <li key={r.uid}>
              {text.t('print.msItem', {
                name: name(sheet.rows[i]!.kpiId),
                list: r.evaluation.milestones.map((m) => `${text.monthText(m.date)} ${text.valueText(r.definition.unit, m.value)}`).join(' · '),
              })}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
