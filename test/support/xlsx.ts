// Reads the .xlsx files the site writes with an independent reader (exceljs) and recalculates their
// formulas with an independent engine (xlsx-calc), so a test sees what a spreadsheet program would.
import ExcelJS from 'exceljs';
import writeXlsxFile, { type Options } from 'write-excel-file/node';
import { libraryOptions, toLibrarySheets } from '@/lib/xlsx-write';
import type { XlsxSheet } from '@/lib/xlsx-sheet';
// @ts-expect-error xlsx-calc ships no types
import XLSX_CALC from 'xlsx-calc';

export interface ReadCell {
  /** number, string, Date (for cells formatted as dates), or null */
  value: number | string | Date | boolean | null;
  /** the formula without "=", when the cell holds one */
  formula?: string;
  numFmt?: string;
}

export type ReadSheet = Map<string, ReadCell>;

/** The .xlsx bytes the site's download would hold for these sheets (the same writer and options, in Node). */
type NodeOptions = NonNullable<Parameters<typeof writeXlsxFile>[1]>;
type NodeFile = NodeOptions extends Options<infer F> ? F : never;
export async function writeBook(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  return writeXlsxFile(toLibrarySheets(sheets), libraryOptions<NodeFile>(sheets)).toBuffer();
}

/** Every non-empty cell of every sheet, by sheet name and A1 address. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<Map<string, ReadSheet>> {
  const book = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out = new Map<string, ReadSheet>();
  book.eachSheet((ws) => {
    const cells: ReadSheet = new Map();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        const read: ReadCell =
          v && typeof v === 'object' && !(v instanceof Date) && 'formula' in v
            ? { value: ((v as { result?: ReadCell['value'] }).result ?? null), formula: String((v as { formula: string }).formula).replace(/^=/, '') }
            : v && typeof v === 'object' && 'richText' in v
              ? { value: (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('') }
              : { value: (v as ReadCell['value']) ?? null };
        if (cell.numFmt) read.numFmt = cell.numFmt;
        cells.set(cell.address, read);
      }),
    );
    out.set(ws.name, cells);
  });
  return out;
}

/** Values of a rectangle of cells, row by row ("A1", "D7"). */
export function range(sheet: ReadSheet, from: string, to: string): (ReadCell['value'])[][] {
  const col = (a: string) => a.replace(/\d+/, '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = (a: string) => Number(a.replace(/\D+/, ''));
  const name = (c: number) => {
    let s = '';
    for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const rows: ReadCell['value'][][] = [];
  for (let r = row(from); r <= row(to); r += 1) {
    const line: ReadCell['value'][] = [];
    for (let c = col(from); c <= col(to); c += 1) line.push(sheet.get(`${name(c)}${r}`)?.value ?? null);
    rows.push(line);
  }
  return rows;
}

/**
 * Recalculates a sheet's formulas after setting some cells, as a spreadsheet would when a reader
 * types a new value; returns the computed value of every cell.
 */
export function recalc(sheet: ReadSheet, edits: Record<string, number> = {}): Map<string, unknown> {
  const ws: Record<string, { v?: unknown; f?: string }> = {};
  for (const [addr, cell] of sheet) {
    const v = cell.value instanceof Date ? cell.value.getTime() : cell.value;
    ws[addr] = cell.formula ? { f: cell.formula } : { v };
  }
  for (const [addr, v] of Object.entries(edits)) ws[addr] = { v };
  const book = { Sheets: { S: ws } };
  XLSX_CALC(book);
  return new Map(Object.entries(ws).map(([addr, c]) => [addr, c.v]));
}
