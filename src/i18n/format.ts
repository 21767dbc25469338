import { INTL_LOCALE, type Locale } from './locales';

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

// Building an Intl formatter costs far more than using one (tens of microseconds, more on a phone), and a
// tool re-renders dozens of figures on every keystroke: keep one formatter per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** The cache key of a formatter: locale and options, read field by field (this runs for every figure on every render). */
function keyOf(kind: string, locale: Locale, options: object): string {
  let key = kind + locale;
  for (const [name, value] of Object.entries(options)) key += `|${name}=${String(value)}`;
  return key;
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(keyOf('n', locale, options), () => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1, ...options })).format(value);
}

/** Formats a `YYYY-MM-DD` (or Date) as a calendar date, read in UTC so the day never shifts. */
/**
 * The calendar day a string names, as midnight UTC (the zone dates are formatted in): a date is that
 * day; a moment (a saved-at time stamp, which is in UTC) is the day it was where the visitor is, so a
 * scenario saved late in the evening in California is not dated the next day.
 */
function calendarDay(value: string): Date {
  if (value.length <= 10 || value[10] !== 'T') return new Date(`${value.slice(0, 10)}T00:00:00Z`);
  const moment = new Date(value);
  return new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()));
}

export function formatDate(
  locale: Locale,
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' },
): string {
  const date = typeof value === 'string' ? calendarDay(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return cached(keyOf('d', locale, options), () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options })).format(date);
}

/**
 * The first formatter of a locale is the costly one (the browser loads the locale's data: tens of
 * milliseconds on a phone). Each step builds one of the formatters every tool uses first, so an
 * island about to render can pay for them in short tasks of their own instead of inside one long one.
 */
export const formatterWarmups: readonly ((locale: Locale) => void)[] = [
  (locale) => void formatNumber(locale, 0, { maximumFractionDigits: 1 }),
  (locale) => void formatDate(locale, '2000-01-01'),
];
