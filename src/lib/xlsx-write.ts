// Turns the plain workbook description (xlsx-sheet.ts) into the input of write-excel-file, the
// library that zips it into an .xlsx. Kept apart from the browser download so tests write the very
// same file in Node and read it back with an independent reader.
import type { Feature, Options, Sheet, SheetData } from 'write-excel-file/browser';
import { cellRef, isoToUtcDate, type XlsxCell, type XlsxSheet } from './xlsx-sheet';

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

/**
 * The library writes a formula without its value. This adds the value the site computed to each
 * formula cell (`<c r="D4"><f>…</f><v>62.5</v></c>`), so a reader that does not calculate shows the
 * figure, and asks spreadsheet programs to recalculate everything on opening, so an edited or
 * differently rounded figure never survives from the file.
 */
function cachedValues<F>(sheets: readonly XlsxSheet[]): Feature<F> {
  return {
    files: {
      transform: {
        'xl/workbook.xml': { transform: (xml) => xml.replace(/<calcPr\s*\/>/, '<calcPr fullCalcOnLoad="1"/>') },
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const values = new Map<string, number>();
            sheets[sheetIndex]?.rows.forEach((row, r) =>
              row.forEach((cell, c) => {
                if (cell?.kind === 'formula' && cell.cached !== undefined) values.set(cellRef(r, c), cell.cached);
              }),
            );
            if (values.size === 0) return xml;
            return xml.replace(/(<c r="([A-Z]+\d+)"[^>]*>)(<f>[\s\S]*?<\/f>)(<\/c>)/g, (whole, open: string, ref: string, f: string, close: string) => {
              const value = values.get(ref);
              return value === undefined ? whole : `${open}${f}<v>${value}</v>${close}`;
            });
          },
        },
      },
    },
  };
}

/** The writer's options for these sheets: the computed values kept with their formulas. */
export function libraryOptions<F>(sheets: readonly XlsxSheet[]): Options<F> {
  return { features: [cachedValues<F>(sheets)] };
}
