import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween } from '@/models/calendar';
import { estimateDuration } from '@/models/duration';
import { calendarTicks, chartLayout, lineAroundLabels, monthStep, type LabelBox } from '@/models/duration/chart-layout';
import { TYPICAL_MEDIUM } from './fixtures';

describe('where the schedule charts draw the phases', () => {
  it('without a start date, on weeks of work', () => {
    const e = estimateDuration(TYPICAL_MEDIUM);
    const layout = chartLayout(e);
    layout.bars.forEach((b, i) => {
      expect(b.from).toBe(e.phases[i]!.startWeek);
      expect(b.likelyEnd).toBeCloseTo(e.phases[i]!.startWeek + e.phases[i]!.likelyWeeks);
    });
    expect(layout.goLive).toBe(e.total.likelyWeeks);
  });
  it('with one, on calendar time: each bar ends where its dates say, longer where a holiday falls inside', () => {
    const start = '2026-08-03';
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: start });
    const layout = chartLayout(e, start);
    layout.bars.forEach((b, i) => {
      const p = e.phases[i]!;
      expect(b.from * 7).toBeCloseTo(daysBetween(start, p.startDate!));
      expect(b.likelyEnd * 7).toBeCloseTo(daysBetween(start, p.endDate!) + 1);
    });
    // Golden Week falls in this schedule: the drawn go-live is later than the weeks of work alone.
    expect(layout.goLive).toBeGreaterThan(e.total.likelyWeeks);
    expect(layout.maxWeeks).toBeGreaterThanOrEqual(layout.goLive);
  });
});

describe('holiday bands', () => {
  it('with a start date, each holiday that takes working days is a band at its dates; without one, none', () => {
    const start = '2026-08-03';
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: start });
    const { holidays } = chartLayout(e, start);
    const golden = holidays.find((h) => h.id === 'national-day')!;
    expect(golden.from * 7).toBeCloseTo(daysBetween(start, '2026-10-01'));
    expect(golden.to * 7).toBeCloseTo(daysBetween(start, '2026-10-07') + 1);
    expect(chartLayout(estimateDuration(TYPICAL_MEDIUM)).holidays).toEqual([]);
  });
});

describe('the month axis of the schedule charts', () => {
  it('steps through 1, 2, 3, 6 or 12 months so no more ticks than fit', () => {
    expect(monthStep(5, 10)).toBe(1);
    expect(monthStep(14, 10)).toBe(2);
    expect(monthStep(14, 5)).toBe(3);
    expect(monthStep(30, 6)).toBe(6);
    expect(monthStep(200, 3)).toBe(12);
  });

  // 2026-08-03 starts mid-month: the first tick is 1 September, 29 days (29/7 weeks) later; the year shows
  // on the first tick and on January.
  const label = (date: string, withYear: boolean) => (withYear ? `${date}+y` : date);
  it('ticks on the first of each month after a mid-month start, with the year where it changes', () => {
    const ticks = calendarTicks('2026-08-03', 30, 2, label);
    expect(ticks.map((t) => t.label)).toEqual(['2026-09-01+y', '2026-11-01', '2027-01-01+y', '2027-03-01']);
    expect(ticks[0]!.weeks).toBeCloseTo(29 / 7);
  });

  it('a start on the first of a month is itself the first tick, at week 0', () => {
    expect(calendarTicks('2026-03-01', 5, 1, label).map((t) => [t.label, t.weeks])).toEqual([['2026-03-01+y', 0], ['2026-04-01', 31 / 7]]);
  });

  it('fast-check: ticks are firsts of months, in order, inside the chart, step months apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 260 }), fc.constantFrom(1, 2, 3, 6, 12), (offset, maxWeeks, step) => {
        const start = addDays('2024-01-01', offset);
        const ticks = calendarTicks(start, maxWeeks, step, (date) => date);
        ticks.forEach((t, i) => {
          expect(t.label.endsWith('-01')).toBe(true);
          expect(t.weeks).toBeGreaterThanOrEqual(0);
          expect(t.weeks).toBeLessThanOrEqual(maxWeeks);
          expect(t.weeks).toBeCloseTo(daysBetween(start, t.label) / 7);
          if (i > 0) expect(addMonths(ticks[i - 1]!.label, step)).toBe(t.label);
        });
        // The next tick would fall outside.
        const next = ticks.length ? addMonths(ticks.at(-1)!.label, step) : null;
        if (next) expect(daysBetween(start, next) / 7).toBeGreaterThan(maxWeeks);
      }),
    );
  });
});

describe('the go-live line passes the phase labels without crossing them', () => {
  it('stops above a label it would cross and goes on below it', () => {
    const label: LabelBox = { left: 100, right: 200, top: 50, bottom: 62 };
    expect(lineAroundLabels(150, 8, 240, [label])).toEqual([[8, 47], [65, 240]]);
    // A label the line does not reach leaves it whole.
    expect(lineAroundLabels(300, 8, 240, [label])).toEqual([[8, 240]]);
  });

  const box = fc.record({ left: fc.integer({ min: 0, max: 600 }), width: fc.integer({ min: 1, max: 200 }), top: fc.integer({ min: 0, max: 300 }), height: fc.integer({ min: 1, max: 20 }) })
    .map(({ left, width, top, height }): LabelBox => ({ left, right: left + width, top, bottom: top + height }));

  it('for any labels: the pieces lie within the line, in order, and none touches a label the line passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 101, max: 400 }), fc.array(box, { maxLength: 8 }), (x, top, bottom, labels) => {
        const pieces = lineAroundLabels(x, top, bottom, labels);
        let last = top;
        for (const [a, b] of pieces) {
          expect(a).toBeGreaterThanOrEqual(last);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(bottom);
          last = b;
          for (const l of labels) {
            if (x < l.left - 3 || x > l.right + 3) continue;
            expect(b <= l.top - 3 || a >= l.bottom + 3).toBe(true);
          }
        }
        // Where no label is in the way, the line is whole.
        if (!labels.some((l) => x >= l.left - 3 && x <= l.right + 3)) expect(pieces).toEqual([[top, bottom]]);
      }),
    );
  });
});
