// The KPI sheet as an Excel workbook. Loaded on click, with the spreadsheet library behind it.
import { downloadXlsx } from '@/components/shared/xlsx-file';
import { kpiXlsxSheet } from '@/models/kpi/xlsx';
import type { RowResult } from '@/models/kpi';
import type { TableRow } from './sheet-table';

export function saveKpiXlsx(name: string, sheet: string, header: readonly string[], rows: readonly TableRow[], results: readonly RowResult[]): Promise<void> {
  return downloadXlsx(name, [kpiXlsxSheet(rows, results, { sheet, header })]);
}
