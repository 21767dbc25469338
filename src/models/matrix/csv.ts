// CSV export of the matrix (and, when given, the cost comparison), built from plain data so it is
// unit-tested without a browser. Excel needs three things to open it well with Chinese text: a UTF-8
// byte-order mark (without it Excel guesses the ANSI code page and shows mojibake), CRLF line ends and
// quoted fields. Labels come in from the caller: the model knows no language.
import { roundTo } from './numbers';
import type { MatrixInput, MatrixResult, TcoResult } from './types';
import { toCsv, type Cell } from '@/lib/csv';


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
