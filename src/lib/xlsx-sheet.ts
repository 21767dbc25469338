// Workbooks described as plain data, so the models build them (and tests check them) without the
// spreadsheet library, which only the download code loads. Each cell says what it is: text, a number,
// a calendar date or a live formula, so a spreadsheet types it as such instead of guessing.

export type XlsxCell =
  | { kind: 'text'; value: string; bold?: boolean }
  | { kind: 'number'; value: number; format?: string; bold?: boolean }
  /** A calendar day, YYYY-MM-DD; written as a spreadsheet date, not as text. */
  | { kind: 'date'; value: string; format?: string; bold?: boolean }
  /**
   * An Excel formula without the leading "=", recalculated by the spreadsheet. `cached` is its value
   * as the site computed it, stored with the formula so that readers which do not calculate (file
   * previews, mail attachments, scripts reading the workbook) still show the figure.
   */
  | { kind: 'formula'; formula: string; cached?: number; format?: string; bold?: boolean }
  | null;

export interface XlsxSheet {
  /** Tab name: at most 31 characters, none of []:*?/\ (Excel's rules). */
  name: string;
  rows: XlsxCell[][];
  /** Column widths in characters. */
  widths?: number[];
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONTH_FORMAT = 'yyyy-mm';

export const text = (value: string, bold = false): XlsxCell => (bold ? { kind: 'text', value, bold } : { kind: 'text', value });
/** A number cell; a non-finite number becomes an empty cell rather than NaN in the file. */
export const num = (value: number, format?: string): XlsxCell =>
  Number.isFinite(value) ? (format ? { kind: 'number', value, format } : { kind: 'number', value }) : null;
export const date = (value: string, format = DATE_FORMAT, bold = false): XlsxCell => ({ kind: 'date', value, format, ...(bold ? { bold } : {}) });
export const formula = (f: string, format?: string, bold = false, cached?: number): XlsxCell => ({
  kind: 'formula',
  formula: f,
  ...(cached !== undefined && Number.isFinite(cached) ? { cached } : {}),
  ...(format ? { format } : {}),
  ...(bold ? { bold } : {}),
});

/** Column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1-style address of a zero-based row and column. */
export const cellRef = (row: number, col: number, absolute = false): string =>
  absolute ? `$${columnName(col)}$${row + 1}` : `${columnName(col)}${row + 1}`;

const SHEET_NAME_BAD = /[[\]:*?/\\]/g;
export const sheetName = (name: string): string => name.replace(SHEET_NAME_BAD, ' ').trim().slice(0, 31) || 'Sheet';

/** A YYYY-MM-DD day as the UTC midnight a spreadsheet date stands for (no time zone shift). */
export function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
