// Small formatting helpers shared by the estimator's components: the island receives one locale's
// strings as a plain object and formats numbers and dates with Intl for that locale.
import { fill, formatDate, formatNumber } from '@/i18n/format';
import { INTL_LOCALE, type Locale } from '@/i18n/locales';
import { WEEKS_PER_MONTH } from '@/models/duration/defaults';
import type { HolidayInPeriod } from '@/models/calendar';

export type Strings = Record<string, string>;

export interface Text {
  locale: Locale;
  t: (key: string, vars?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  num: (n: number) => string;
  months: (weeks: number) => string;
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  monthYear: (iso: string) => string;
  month: (iso: string) => string;
  /** "Spring Festival 15 Feb 2026–23 Feb 2026; National Day ..., projected" */
  holidayList: (holidays: readonly HolidayInPeriod[]) => string;
  /** "Spring Festival and National Day (Golden Week)": names only, for a table row. */
  holidayNames: (holidays: readonly HolidayInPeriod[]) => string;
}

export function makeText(locale: Locale, strings: Strings): Text {
  const listFormat = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' });
  const list = (items: string[]) => listFormat.format(items);
  return {
    locale,
    // A missing key shows itself rather than an empty string, so a gap is visible in review.
    t: (key, vars) => fill(strings[key] ?? key, vars),
    has: (key) => key in strings,
    num: (n) => formatNumber(locale, n, { maximumFractionDigits: 1 }),
    months: (weeks) => formatNumber(locale, weeks / WEEKS_PER_MONTH, { maximumFractionDigits: 1 }),
    date: (iso) => formatDate(locale, iso),
    shortDate: (iso) => formatDate(locale, iso, { year: 'numeric', month: 'short', day: 'numeric' }),
    monthYear: (iso) => formatDate(locale, iso, { year: 'numeric', month: 'short' }),
    month: (iso) => formatDate(locale, iso, { month: 'short' }),
    holidayList: (holidays) =>
      list(holidays.map((h) =>
          fill(strings[h.basis === 'projected' ? 'holiday.itemProjected' : 'holiday.item'] ?? '', {
            name: strings[`holiday.${h.id}`] ?? h.id,
            start: formatDate(locale, h.start, { month: 'short', day: 'numeric' }),
            end: formatDate(locale, h.end, { year: 'numeric', month: 'short', day: 'numeric' }),
          }),
        )),
    holidayNames: (holidays) => list([...new Set(holidays.map((h) => strings[`holiday.${h.id}`] ?? h.id))]),
  };
}
