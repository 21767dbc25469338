// The estimator's words: the shared tool text (src/i18n/tool-text.ts) plus months, short dates and
// the public holidays a plan crosses.
import { fill } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { formatList } from '@/i18n/list';
import { toolText, type ToolText, type Vars } from '@/i18n/tool-text';
import { WEEKS_PER_MONTH } from '@/models/duration/defaults';
import type { HolidayInPeriod } from '@/models/calendar';

export type Strings = Record<string, string>;

export interface Text extends ToolText {
  /** Like t, with `<key>.one` when the count is exactly 1 (English needs it; Chinese repeats the sentence). */
  tn: (key: string, n: number, vars?: Vars) => string;
  months: (weeks: number) => string;
  shortDate: (iso: string) => string;
  monthYear: (iso: string) => string;
  month: (iso: string) => string;
  /** "Spring Festival 15 Feb–23 Feb 2026; Qingming 5 Apr 2027, projected": one date for a one-day holiday. */
  holidayList: (holidays: readonly HolidayInPeriod[]) => string;
  /** "Spring Festival and National Day (Golden Week)": names only, for a table row. */
  holidayNames: (holidays: readonly HolidayInPeriod[]) => string;
}

const FULL: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const NO_YEAR: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };

export function makeText(locale: Locale, strings: Strings): Text {
  const base = toolText(locale, strings);
  const { date, t } = base;
  const list = (items: string[]) => formatList(locale, items);
  const name = (h: HolidayInPeriod) => strings[`holiday.${h.id}`] ?? h.id;
  // A one-day holiday is one date, not a range from a day to itself; a range names its year once at
  // the end, or on both ends when it runs into the next year (New Year's Day 2024 began in December).
  const holiday = (h: HolidayInPeriod) => {
    const projected = h.basis === 'projected';
    if (h.start === h.end) return fill(strings[projected ? 'holiday.dayProjected' : 'holiday.day'] ?? '', { name: name(h), date: date(h.start, FULL) });
    const start = date(h.start, h.start.slice(0, 4) === h.end.slice(0, 4) ? NO_YEAR : FULL);
    return fill(strings[projected ? 'holiday.itemProjected' : 'holiday.item'] ?? '', { name: name(h), start, end: date(h.end, FULL) });
  };
  return {
    ...base,
    tn: (key, n, vars) => t(n === 1 && `${key}.one` in strings ? `${key}.one` : key, { n, ...vars }),
    months: (weeks) => base.num(weeks / WEEKS_PER_MONTH),
    shortDate: (iso) => date(iso, FULL),
    monthYear: (iso) => date(iso, { year: 'numeric', month: 'short' }),
    month: (iso) => date(iso, { month: 'short' }),
    holidayList: (holidays) => list(holidays.map(holiday)),
    holidayNames: (holidays) => list([...new Set(holidays.map(name))]),
  };
}
