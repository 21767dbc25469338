// The sentences the estimator builds around the calendar: counts said right in each language, a one-day
// holiday shown as one date, and the Spring Festival warnings saying which window their dates are.
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { HolidayInPeriod } from '@/models/calendar';
import { DEFAULT_DURATION_INPUT, estimateDuration } from '@/models/duration';
import { islandStrings, strings } from '@/i18n/tools/duration';
import { LOCALES, type Locale } from '@/i18n/locales';
import { makeText } from '@/components/duration/text';
import { exportLabels } from '@/components/duration/export-labels';
import { PhaseTable } from '@/components/duration/PhaseTable';
import { ResultSummary } from '@/components/duration/ResultSummary';

const text = (locale: Locale) => makeText(locale, islandStrings(locale));
const qingming: HolidayInPeriod = { id: 'qingming', start: '2027-04-05', end: '2027-04-05', basis: 'projected', workdaysLost: 1 };
const festival: HolidayInPeriod = { id: 'spring-festival', start: '2027-02-05', end: '2027-02-12', basis: 'projected', workdaysLost: 5 };
const newYear: HolidayInPeriod = { id: 'new-year', start: '2023-12-30', end: '2024-01-01', basis: 'official', workdaysLost: 1 };
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ');

describe('counts of working days', () => {
  it('English says "1 working day", and "5 working days"', () => {
    const moved = exportLabels(text('en')).holidaysMoved;
    expect(moved([qingming])).toBe('Ends 1 working day later for Qingming 5 Apr 2027, projected.');
    expect(moved([festival])).toContain('Ends 5 working days later');
  });

  it('Chinese needs no plural: the same sentence with 1 or 5', () => {
    const moved = exportLabels(text('zh-cn')).holidaysMoved;
    expect(moved([qingming])).toBe('因清明节 2027年4月5日（推算）顺延 1 个工作日。');
    expect(moved([festival])).toContain('顺延 5 个工作日');
  });

  it.each(LOCALES)('%s: no phase note or summary of any start in 2027-2028 says "1 working days"', (locale) => {
    const t = text(locale);
    for (let month = 1; month <= 24; month++) {
      const start = `${2027 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-05`;
      const estimate = estimateDuration({ ...DEFAULT_DURATION_INPUT, startDate: start });
      const page = plain(renderToString(h(PhaseTable, { estimate, text: t })) + renderToString(h(ResultSummary, { estimate, text: t })));
      expect(page).not.toMatch(/\b1 working days\b/);
    }
  });

  it('the summary of a schedule that loses one working day says so in the singular', () => {
    const estimate = { ...estimateDuration({ ...DEFAULT_DURATION_INPUT, startDate: '2027-02-08' }) };
    estimate.calendar = { holidays: [qingming], basis: 'projected' };
    expect(plain(renderToString(h(ResultSummary, { estimate, text: text('en') })))).toContain('take 1 working day,');
  });
});

describe('holiday dates', () => {
  it('a one-day holiday shows one date, in both locales', () => {
    expect(text('en').holidayList([qingming])).toBe('Qingming 5 Apr 2027, projected');
    expect(text('zh-cn').holidayList([qingming])).toBe('清明节 2027年4月5日（推算）');
  });

  it('a longer one shows its range, with the year on both ends when it spans two', () => {
    expect(text('en').holidayList([festival])).toBe('Spring Festival 5 Feb–12 Feb 2027, projected');
    expect(text('zh-cn').holidayList([festival])).toBe('春节 2月5日至2027年2月12日（推算）');
    expect(text('en').holidayList([newYear])).toBe('New Year’s Day 30 Dec 2023–1 Jan 2024');
    expect(text('zh-cn').holidayList([newYear])).toBe('元旦 2023年12月30日至2024年1月1日');
  });
});

describe('the Spring Festival warnings say which window their dates are', () => {
  // The summary lists the public holiday (5-12 February 2027); the warnings use the wider window around
  // it. Each warning must name that window for what it is, so the two sets of dates do not look like a mistake.
  const WINDOW: Record<Locale, string> = {
    en: 'the public holiday and the days around it when little gets done',
    'zh-cn': '法定假期连同节前节后几天',
  };
  it.each(LOCALES)('%s', (locale) => {
    for (const code of ['december-start', 'first-month-festival', 'training-before-festival', 'go-live-near-festival']) {
      const action = strings[locale][`warning.${code}.action` as keyof (typeof strings)['en']];
      expect(action, code).toContain(WINDOW[locale]);
      expect(action, code).toMatch(/\{start\}.*\{end\}/);
    }
  });
});
