import { INTL_LOCALE, type Locale } from './locales';

type ListType = 'conjunction' | 'disjunction';
// Building a formatter costs far more than using one; keep one per locale and type.
const formatters = new Map<string, Intl.ListFormat>();

/**
 * Joins a short list the way each language does: "a, b and c" / "a、b和c" ("or" with `disjunction`).
 * Where Intl.ListFormat is missing (older browsers), falls back to the language's list separator.
 * Bundled with the shared runtime (astro.config.mjs): most tools join lists, and a chunk of its own
 * would cost more in import and export lists than the function itself.
 */
export function formatList(locale: Locale, items: readonly string[], type: ListType = 'conjunction'): string {
  if (typeof Intl.ListFormat !== 'function') return items.join(locale === 'zh-cn' ? '、' : ', ');
  const key = locale + type;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type })));
  return formatter.format(items);
}
