// The one-sentence verdict, shared by the result panel and the live region that announces changes.
import { TIE_MARGIN, type MatrixInput, type MatrixResult } from '@/models/matrix';
import { num, optionName, tr, type Ctx } from './text';

export function nameOf(ctx: Ctx, matrix: MatrixInput, id: string): string {
  const i = matrix.options.findIndex((o) => o.id === id);
  return i < 0 ? id : optionName(ctx, matrix.options[i]!, i);
}

export function verdictSentence(ctx: Ctx, matrix: MatrixInput, result: MatrixResult): string {
  const [first, second] = result.ranking as [string, string];
  const vars = {
    first: nameOf(ctx, matrix, first),
    second: nameOf(ctx, matrix, second),
    total: num(ctx, result.totals[first] ?? 0),
    secondTotal: num(ctx, result.totals[second] ?? 0),
    margin: num(ctx, result.margin),
    tie: num(ctx, TIE_MARGIN),
  };
  if (result.winner) return tr(ctx, 'result.winner', { ...vars, option: vars.first });
  if (result.margin === 0) return tr(ctx, 'result.tie', vars);
  return tr(ctx, 'result.tooClose', vars);
}
