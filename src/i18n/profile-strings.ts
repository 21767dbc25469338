import { dictionaries } from './t';
import type { Locale } from './locales';

/** The `profile.*` strings of one locale, for a page to hand to its island (build time only). */
export function profileStrings(locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionaries[locale]).filter(([k]) => k.startsWith('profile.')));
}
