// CSV that Excel opens correctly with Chinese text: a UTF-8 byte-order mark (without it Excel guesses the
// ANSI code page and shows mojibake), CRLF line ends, every field quoted. One writer and one reader for
// every tool that exports a table (duration, KPI, selection).

export type Cell = string | number;
/** A cell that may be left empty. */
export type OptionalCell = Cell | null | undefined;

export const BOM = '\uFEFF';
const CRLF = '\r\n';
// A text cell starting like a formula would be run by spreadsheet programs ("CSV injection"). Such a
// cell gets a leading apostrophe so it stays text. Signed numbers and percentages ("-5", "+18.8%",
// "1,200") cannot run anything and are left alone, so Excel still reads them as numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const HAS_DIGIT = /\d/;

export function csvCell(value: OptionalCell): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = FORMULA_START.test(value) && !(PLAIN_NUMBER.test(value) && HAS_DIGIT.test(value)) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly OptionalCell[])[], bom = true): string {
  return (bom ? BOM : '') + rows.map((row) => row.map(csvCell).join(',')).join(CRLF) + CRLF;
}

/**
 * Reads CSV back (RFC 4180: quoted fields, doubled quotes, CR/LF/CRLF line ends, an optional BOM).
 * Used by tests and by anyone checking an export; it does not undo the formula apostrophe.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
