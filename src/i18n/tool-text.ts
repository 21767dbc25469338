import { fill, formatDate, formatNumber } from './format';
import type { Locale } from './locales';

export type Vars = Record<string, string | number>;

/**
 * What every tool's components use to put words on the page: one locale's strings (handed to the island
 * as a plain object by the page) and Intl formatting for that locale. Each tool adds its own formatters
 * to this object (`{ ...toolText(locale, strings), months }`) and passes the whole as `text`.
 */
export interface ToolText<K extends string = string> {
  locale: Locale;
  /** A string with its `{placeholders}` filled; a missing key shows itself, so a gap is visible in review. */
  t(key: K, vars?: Vars): string;
  /** A key built at run time (`criterion.<id>.name`), with what to show when the dictionary lacks it. */
  dyn(key: string, fallback: string, vars?: Vars): string;
  has(key: string): boolean;
  /** A number with at most `digits` decimals (the tool's default when omitted), grouped as the locale does. */
  num(n: number, digits?: number): string;
  /** A `YYYY-MM-DD` as a calendar date ("1 March 2027" / "2027年3月1日" unless `options` say otherwise). */
  date(iso: string, options?: Intl.DateTimeFormatOptions): string;
}

export function toolText<K extends string>(locale: Locale, strings: Readonly<Record<K, string>>, digits = 1): ToolText<K> {
  const s = strings as Readonly<Record<string, string>>;
  return {
    locale,
    t: (key, vars) => fill(s[key] ?? key, vars),
    dyn: (key, fallback, vars) => fill(s[key] ?? fallback, vars),
    has: (key) => key in s,
    num: (n, d = digits) => formatNumber(locale, n, { maximumFractionDigits: d }),
    date: (iso, options) => formatDate(locale, iso, options),
  };
}
