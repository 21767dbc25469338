// The one-sentence verdict, shared by the result panel and the live region that announces changes.
import { TIE_MARGIN, type MatrixInput, type MatrixResult } from '@/models/matrix';
import { letter, type Text } from './text';

export function nameOf(text: Text, matrix: MatrixInput, id: string): string {
  const i = matrix.options.findIndex((o) => o.id === id);
  return i < 0 ? id : text.optionName(matrix.options[i]!, i);
}

/** "A · Name": how the tables and charts head an option's column, with its letter and name. */
export function optionHeading(text: Text, matrix: MatrixInput, id: string): string {
  const i = matrix.options.findIndex((o) => o.id === id);
  return i < 0 ? id : `${letter(i)} · ${text.optionName(matrix.options[i]!, i)}`;
}

export function verdictSentence(text: Text, matrix: MatrixInput, result: MatrixResult): string {
  const [first, second] = result.ranking as [string, string];
  const vars = {
    first: nameOf(text, matrix, first),
    second: nameOf(text, matrix, second),
    total: text.num(result.totals[first] ?? 0),
    secondTotal: text.num(result.totals[second] ?? 0),
    margin: text.num(result.margin),
    tie: text.num(TIE_MARGIN),
  };
  if (result.winner) return text.t('result.winner', { ...vars, option: vars.first });
  if (result.margin === 0) return text.t('result.tie', vars);
  return text.t('result.tooClose', vars);
}
