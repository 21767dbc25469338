// The selection matrix's words: the shared tool text (src/i18n/tool-text.ts) plus naming options and
// criteria, money for the page's locale, and the sentence for an error code.
import { formatNumber } from '@/i18n/format';
import { optionDisplayName, optionLetter } from '@/i18n/option-names';
import type { Locale } from '@/i18n/locales';
import { toolText, type ToolText } from '@/i18n/tool-text';
import type { SelectionKey, SelectionStrings } from '@/i18n/tools/selection';
import type { MatrixErrorCode, MatrixOption } from '@/models/matrix';

export type FieldKind = 'score' | 'weight' | 'users' | 'years' | 'price' | 'label';

export interface Text extends ToolText<SelectionKey> {
  s: SelectionStrings;
  defaultOptionName(id: string, index: number): string;
  optionName(option: Pick<MatrixOption, 'id' | 'label'>, index: number): string;
  criterionName(id: string): string;
  money(value: number): string;
  compactMoney(value: number): string;
  /** The most specific sentence for a code: `error.out-of-range.score` before `error.out-of-range`. */
  errorText(code: MatrixErrorCode, kind: FieldKind): string;
}

export const letter = optionLetter;

export function makeText(locale: Locale, s: SelectionStrings): Text {
  const base = toolText(locale, s);
  const { dyn } = base;
  return {
    ...base,
    s,
    defaultOptionName: (id, index) => optionDisplayName(s, { id }, index),
    optionName: (option, index) => optionDisplayName(s, option, index),
    // A dynamic key falls back to the id, so a gap never renders blank.
    criterionName: (id) => dyn(`criterion.${id}.name`, id),
    money: (value) => base.num(value, 0),
    compactMoney: (value) => formatNumber(locale, value, { notation: 'compact', maximumFractionDigits: 1 }),
    errorText: (code, kind) => dyn(`error.${code}.${kind}`, dyn(`error.${code}`, code)),
  };
}
