// Small helpers the selection island's components share: looking up strings, naming options and
// criteria, formatting numbers for the page's locale, and choosing the sentence for an error code.
import { fill, formatNumber } from '@/i18n/format';
import { optionDisplayName, optionLetter } from '@/i18n/option-names';
import type { Locale } from '@/i18n/locales';
import type { SelectionKey, SelectionStrings } from '@/i18n/tools/selection';
import type { MatrixErrorCode, MatrixOption } from '@/models/matrix';

export interface Ctx {
  locale: Locale;
  s: SelectionStrings;
}

export function tr(ctx: Ctx, key: SelectionKey, vars?: Record<string, string | number>): string {
  return fill(ctx.s[key], vars);
}

/** A dynamic key (`criterion.<id>.name`); falls back to the id so a gap never renders blank. */
export function trDyn(ctx: Ctx, key: string, fallback: string): string {
  return (ctx.s as Record<string, string>)[key] ?? fallback;
}

export const letter = optionLetter;

export function defaultOptionName(ctx: Ctx, id: string, index: number): string {
  return optionDisplayName(ctx.s, { id }, index);
}

export function optionName(ctx: Ctx, option: Pick<MatrixOption, 'id' | 'label'>, index: number): string {
  return optionDisplayName(ctx.s, option, index);
}

export const criterionName = (ctx: Ctx, id: string) => trDyn(ctx, `criterion.${id}.name`, id);

export const num = (ctx: Ctx, value: number, digits = 1) => formatNumber(ctx.locale, value, { maximumFractionDigits: digits });

export const money = (ctx: Ctx, value: number) => formatNumber(ctx.locale, value, { maximumFractionDigits: 0 });

export const compactMoney = (ctx: Ctx, value: number) => formatNumber(ctx.locale, value, { notation: 'compact', maximumFractionDigits: 1 });

export type FieldKind = 'score' | 'weight' | 'users' | 'years' | 'price' | 'label';

/** The most specific sentence for a code: `error.out-of-range.score` before `error.out-of-range`. */
export function errorText(ctx: Ctx, code: MatrixErrorCode, kind: FieldKind): string {
  return trDyn(ctx, `error.${code}.${kind}`, trDyn(ctx, `error.${code}`, code));
}
