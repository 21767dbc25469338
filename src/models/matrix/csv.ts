// CSV export of the matrix (and, when given, the cost comparison), built from plain data so it is
// unit-tested without a browser. Excel needs three things to open it well with Chinese text: a UTF-8
// byte-order mark (without it Excel guesses the ANSI code page and shows mojibake), CRLF line ends and
// quoted fields. Labels come in from the caller: the model knows no language.
import { roundTo } from './numbers';
import type { MatrixInput, MatrixResult, TcoResult } from './types';

export type Cell = string | number;

export const BOM = '\uFEFF';
const CRLF = '\r\n';
// A text cell that starts like a formula would be run by spreadsheet programs ("CSV injection"); an
// option named "=HYPERLINK(...)" gets a leading apostrophe, which Excel hides and reads as "text".
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function csvCell(value: Cell): string {
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join(CRLF) + CRLF;
}

export interface MatrixCsvLabels {
  criterion: string;
  weight: string;
  share: string;
  total: string;
  rank: string;
  /** section heading of the cost table */
  cost: string;
  /** "Year {n}" */
  year: string;
  costTotal: string;
  /** criterion id -> name */
  criteria: Record<string, string>;
  /** option id -> display name */
  options: Record<string, string>;
}

/** One table: a row per criterion (weight, share, each option's score), then totals and ranks. */
export function matrixCsvRows(input: MatrixInput, result: MatrixResult, labels: MatrixCsvLabels, tco?: TcoResult): Cell[][] {
  const criteria = Object.keys(input.weights);
  const names = input.options.map((o) => labels.options[o.id] ?? o.label ?? o.id);
  const rows: Cell[][] = [[labels.criterion, labels.weight, labels.share, ...names]];
  for (const c of criteria) {
    rows.push([
      labels.criteria[c] ?? c,
      input.weights[c]!,
      roundTo(result.shares[c] ?? 0, 1),
      ...input.options.map((o) => o.scores[c] ?? ''),
    ]);
  }
  rows.push([labels.total, '', 100, ...input.options.map((o) => roundTo(result.totals[o.id] ?? 0, 1))]);
  rows.push([labels.rank, '', '', ...input.options.map((o) => result.ranking.indexOf(o.id) + 1)]);
  if (tco && tco.options.length > 0) {
    const tcoNames = tco.options.map((o) => labels.options[o.id] ?? o.id);
    const years = Math.max(...tco.options.map((o) => o.byYear.length));
    rows.push([]);
    rows.push([labels.cost, ...tcoNames]);
    for (let y = 0; y < years; y += 1) {
      rows.push([labels.year.replace('{n}', String(y + 1)), ...tco.options.map((o) => roundTo(o.byYear[y] ?? 0, 2))]);
    }
    rows.push([labels.costTotal, ...tco.options.map((o) => roundTo(o.total, 2))]);
  }
  return rows;
}

export function matrixCsv(input: MatrixInput, result: MatrixResult, labels: MatrixCsvLabels, tco?: TcoResult): string {
  return toCsv(matrixCsvRows(input, result, labels, tco));
}

/**
 * Reads CSV back (RFC 4180: quoted fields, doubled quotes, CR/LF/CRLF line ends, an optional BOM), so
 * tests can check that an export parses to the rows that went in.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
