// Turns the plain workbook description (xlsx-sheet.ts) into the input of write-excel-file, the
// library that zips it into an .xlsx. Kept apart from the browser download so tests write the very
// same file in Node and read it back with an independent reader.
import type { Sheet, SheetData } from 'write-excel-file/browser';
import { isoToUtcDate, type XlsxCell, type XlsxSheet } from './xlsx-sheet';

type LibraryCell = SheetData[number][number];

function libraryCell(cell: XlsxCell): LibraryCell {
  if (cell === null) return null;
  const bold = cell.bold ? { fontWeight: 'bold' as const } : {};
  switch (cell.kind) {
    case 'text':
      return { type: String, value: cell.value, ...bold };
    case 'number':
      return { type: Number, value: cell.value, ...(cell.format ? { format: cell.format } : {}), ...bold };
    case 'date':
      return { type: Date, value: isoToUtcDate(cell.value), format: cell.format ?? 'yyyy-mm-dd', ...bold };
    case 'formula':
      return { type: 'Formula', value: cell.formula, ...(cell.format ? { format: cell.format } : {}), ...bold };
  }
}

/** The sheets hold no images, so they suit the library's writer in any environment (browser or Node). */
export function toLibrarySheets(sheets: readonly XlsxSheet[]): Sheet<never>[] {
  return sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((row) => row.map(libraryCell)),
    ...(s.widths ? { columns: s.widths.map((width) => ({ width })) } : {}),
    stickyRowsCount: 1,
  }));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
