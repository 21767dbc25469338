// Formatting helpers for the readiness self-assessment's components: the island receives one locale's strings
// as a plain object and formats numbers and dates with Intl for that locale.
import { fill, formatDate, formatNumber } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { formatList } from '@/i18n/list';

export type Strings = Record<string, string>;

export interface Text {
  locale: Locale;
  t: (key: string, vars?: Record<string, string | number>) => string;
  num: (n: number) => string;
  date: (iso: string) => string;
  /** Joins a short list the way each language does ("a, b and c" / "a、b 和 c" without the and). */
  list: (items: string[]) => string;
}

export function makeText(locale: Locale, strings: Strings): Text {
  return {
    locale,
    // A missing key shows itself rather than an empty string, so a gap is visible in review.
    t: (key, vars) => fill(strings[key] ?? key, vars),
    num: (n) => formatNumber(locale, n, { maximumFractionDigits: 0 }),
    date: (iso) => formatDate(locale, iso),
    list: (items) => formatList(locale, items),
  };
}

/** Names of the guides, by slug, with their localized URLs; passed in by the page from the content. */
export type GuideLinks = Record<string, { title: string; href: string }>;
