// The estimator's words: the shared tool text (src/i18n/tool-text.ts) plus months, short dates and
// the public holidays a plan crosses.
import { fill } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { formatList } from '@/i18n/list';
import { toolText, type ToolText } from '@/i18n/tool-text';
import { WEEKS_PER_MONTH } from '@/models/duration/defaults';
import type { HolidayInPeriod } from '@/models/calendar';

export type Strings = Record<string, string>;

export interface Text extends ToolText {
  months: (weeks: number) => string;
  shortDate: (iso: string) => string;
  monthYear: (iso: string) => string;
  month: (iso: string) => string;
  /** "Spring Festival 15 Feb 2026–23 Feb 2026; National Day ..., projected" */
  holidayList: (holidays: readonly HolidayInPeriod[]) => string;
  /** "Spring Festival and National Day (Golden Week)": names only, for a table row. */
  holidayNames: (holidays: readonly HolidayInPeriod[]) => string;
}

export function makeText(locale: Locale, strings: Strings): Text {
  const base = toolText(locale, strings);
  const { date } = base;
  const list = (items: string[]) => formatList(locale, items);
  const name = (h: HolidayInPeriod) => strings[`holiday.${h.id}`] ?? h.id;
  return {
    ...base,
    months: (weeks) => base.num(weeks / WEEKS_PER_MONTH),
    shortDate: (iso) => date(iso, { year: 'numeric', month: 'short', day: 'numeric' }),
    monthYear: (iso) => date(iso, { year: 'numeric', month: 'short' }),
    month: (iso) => date(iso, { month: 'short' }),
    holidayList: (holidays) =>
      list(holidays.map((h) =>
        fill(strings[h.basis === 'projected' ? 'holiday.itemProjected' : 'holiday.item'] ?? '', {
          name: name(h),
          start: date(h.start, { month: 'short', day: 'numeric' }),
          end: date(h.end, { year: 'numeric', month: 'short', day: 'numeric' }),
        }),
      )),
    holidayNames: (holidays) => list([...new Set(holidays.map(name))]),
  };
}
