// The matrix and the cost comparison as a workbook. Weights and scores are plain cells and every
// derived figure is a live formula, so a reader who changes a weight or a score in the spreadsheet sees
// the shares and totals move exactly as they would on the site:
//   total = 100 * (SUMPRODUCT(weights, scores) - SUM(weights)) / ((max - min) * SUM(weights))
// which is score.ts's weighted mean mapped from 1..5 onto 0..100, rewritten without array arithmetic
// so every spreadsheet (and formula engine) evaluates it.
import { cellRef, columnName, formula, num, sheetName, text, type XlsxCell, type XlsxSheet } from '@/lib/xlsx-sheet';
import { orderedCriteria } from './criteria';
import { SCORE_MAX, SCORE_MIN } from './limits';
import type { MatrixCsvLabels } from './csv';
import type { MatrixInput, TcoResult } from './types';

export interface MatrixXlsxLabels extends MatrixCsvLabels {
  matrixSheet: string;
  costSheet: string;
  /** A sentence under the table saying that weights and scores can be edited and totals follow. */
  note: string;
}

const SHARE = '0.0%';
const POINTS = '0.0';
const MONEY = '#,##0';

/** Where the matrix sheet puts things, for the download and for tests that edit a cell. */
export function matrixLayout(input: MatrixInput) {
  const criteria = orderedCriteria(Object.keys(input.weights));
  const first = 1;
  const last = criteria.length; // data rows 1..n under the header row 0
  return { criteria, firstRow: first, lastRow: last, totalRow: last + 1, weightCol: 1, shareCol: 2, firstOptionCol: 3 };
}

export function matrixSheet(input: MatrixInput, labels: MatrixXlsxLabels): XlsxSheet {
  const L = matrixLayout(input);
  const names = input.options.map((o) => labels.options[o.id] ?? o.label ?? o.id);
  const weights = `${cellRef(L.firstRow, L.weightCol, true)}:${cellRef(L.lastRow, L.weightCol, true)}`;
  const rows: XlsxCell[][] = [[text(labels.criterion, true), text(labels.weight, true), text(labels.share, true), ...names.map((n) => text(n, true))]];
  // Each formula's value as the spreadsheet will compute it from the cells below, stored beside it.
  const weightOf = (c: string) => input.weights[c] ?? 0;
  const scoreOf = (o: MatrixInput['options'][number], c: string) => o.scores[c] ?? SCORE_MIN;
  const weightSum = L.criteria.reduce((sum, c) => sum + weightOf(c), 0);
  const shareOf = (c: string) => (weightSum > 0 ? weightOf(c) / weightSum : 0);
  L.criteria.forEach((c, i) => {
    const r = L.firstRow + i;
    rows.push([
      text(labels.criteria[c] ?? c),
      num(weightOf(c)),
      formula(`IF(SUM(${weights})>0,${cellRef(r, L.weightCol)}/SUM(${weights}),0)`, SHARE, false, shareOf(c)),
      ...input.options.map((o) => num(scoreOf(o, c))),
    ]);
  });
  const span = SCORE_MAX - SCORE_MIN;
  const shares = `${cellRef(L.firstRow, L.shareCol)}:${cellRef(L.lastRow, L.shareCol)}`;
  const totalOf = (o: MatrixInput['options'][number]) => {
    if (!(weightSum > 0)) return 0;
    const product = L.criteria.reduce((sum, c) => sum + weightOf(c) * scoreOf(o, c), 0);
    return (100 * (product - SCORE_MIN * weightSum)) / (span * weightSum);
  };
  rows.push([
    text(labels.total, true),
    formula(`SUM(${weights})`, undefined, true, weightSum),
    formula(`SUM(${shares})`, SHARE, true, L.criteria.reduce((sum, c) => sum + shareOf(c), 0)),
    ...input.options.map((o, k) => {
      const col = columnName(L.firstOptionCol + k);
      const scores = `${col}${L.firstRow + 1}:${col}${L.lastRow + 1}`;
      return formula(`IF(SUM(${weights})>0,100*(SUMPRODUCT(${weights},${scores})-${SCORE_MIN}*SUM(${weights}))/(${span}*SUM(${weights})),0)`, POINTS, true, totalOf(o));
    }),
  ]);
  rows.push([]);
  rows.push([text(labels.note)]);
  return { name: sheetName(labels.matrixSheet), rows, widths: [28, 10, 10, ...names.map(() => 16)] };
}

/** One row per year of cost, then the total as a SUM of the years above it. */
export function costSheet(tco: TcoResult, labels: MatrixXlsxLabels): XlsxSheet {
  const names = tco.options.map((o) => labels.options[o.id] ?? o.id);
  const years = Math.max(0, ...tco.options.map((o) => o.byYear.length));
  const rows: XlsxCell[][] = [[text(labels.cost, true), ...names.map((n) => text(n, true))]];
  for (let y = 0; y < years; y += 1) {
    rows.push([text(labels.year.replace('{n}', String(y + 1))), ...tco.options.map((o) => num(o.byYear[y] ?? 0, MONEY))]);
  }
  rows.push([
    text(labels.costTotal, true),
    ...tco.options.map((o, k) => {
      const col = columnName(1 + k);
      const sum = Array.from({ length: years }, (_, y) => o.byYear[y] ?? 0).reduce((a, b) => a + b, 0);
      return formula(`SUM(${col}2:${col}${years + 1})`, MONEY, true, sum);
    }),
  ]);
  return { name: sheetName(labels.costSheet), rows, widths: [16, ...names.map(() => 16)] };
}

export function matrixXlsxSheets(input: MatrixInput, labels: MatrixXlsxLabels, tco?: TcoResult): XlsxSheet[] {
  const sheets = [matrixSheet(input, labels)];
  if (tco && tco.options.length > 0) sheets.push(costSheet(tco, labels));
  return sheets;
}
