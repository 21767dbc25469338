import { INTL_LOCALE, type Locale } from './locales';

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1, ...options }).format(value);
}

/** Formats a `YYYY-MM-DD` (or Date) as a calendar date, read in UTC so the day never shifts. */
export function formatDate(
  locale: Locale,
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' },
): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options }).format(date);
}
