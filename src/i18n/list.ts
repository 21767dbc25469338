import { INTL_LOCALE, type Locale } from './locales';

/**
 * Joins a short list the way each language does: "a, b and c" / "a、b和c" ("or" with `disjunction`).
 * Where Intl.ListFormat is missing (older browsers), falls back to the language's list separator.
 * Its own module, not format.ts: only some islands join lists, and format.ts ships with every one.
 */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (typeof Intl.ListFormat !== 'function') return items.join(locale === 'zh-cn' ? '、' : ', ');
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type }).format(items);
}
