// The sheet's files and its Markdown copy, made when the visitor asks: this module loads on the first
// export (most visits never export), the spreadsheet library only for Excel. It is handed the table
// already in words, so it needs none of the page's own modules.
import type { Align, RowResult } from '@/models/kpi';
import { toMarkdownTable } from '@/models/kpi/markdown';
import { toCsv } from '@/lib/csv';
import { download } from '@/components/shared/download';
import { copyText } from '@/components/shared/dialog';
import type { TableRow } from './sheet-table';

export type KpiExport = 'csv' | 'xlsx' | 'markdown' | 'markdown-file';

export interface ExportInput {
  header: string[];
  rows: TableRow[];
  align: Align[];
  results: RowResult[];
  today: string;
  /** The page's words for the file name, the workbook's sheet and the status line. */
  t: (key: 'export.filename' | 'export.sheetName' | 'export.copied' | 'export.copyFailed') => string;
}

/** What the export bar says afterwards: a status line, and the text to copy by hand when the clipboard refused it. */
export interface ExportOutcome {
  status: string;
  fallback: string | null;
}

export async function exportSheet(what: KpiExport, { header, rows, align, results, today, t }: ExportInput): Promise<ExportOutcome | null> {
  const name = `${t('export.filename')}-${today}`;
  const markdown = () => toMarkdownTable(header, rows.map((r) => r.cells), align);
  if (what === 'csv') download(`${name}.csv`, 'text/csv;charset=utf-8', toCsv([header, ...rows.map((r) => r.cells)]));
  else if (what === 'markdown-file') download(`${name}.md`, 'text/markdown;charset=utf-8', markdown());
  else if (what === 'xlsx') await (await import('./xlsx-export')).saveKpiXlsx(`${name}.xlsx`, t('export.sheetName'), header, rows, results);
  else {
    const text = markdown();
    const copied = await copyText(text);
    return { status: t(copied ? 'export.copied' : 'export.copyFailed'), fallback: copied ? null : text };
  }
  return null;
}
