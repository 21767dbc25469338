import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addWorkingDays, holidaysTakingWork, isWorkingDay, workdaysLostTo, workingDaysBetween, workingDaysIn, workingPeriodEnd } from '@/models/calendar';

const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));

/** The obvious walk, day by day, that the running totals must agree with. */
function walkWorkingDays(start: string, end: string): number {
  let n = 0;
  for (let d = start; d < end; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

describe('working days from running totals', () => {
  it('fast-check: workingDaysBetween agrees with a day-by-day walk, across year ends (2024-2032)', () => {
    fc.assert(fc.property(day('2024-01-01', 8 * 365), fc.integer({ min: 0, max: 500 }), (start, span) => {
      expect(workingDaysBetween(start, addDays(start, span))).toBe(walkWorkingDays(start, addDays(start, span)));
    }));
  });
  it('fast-check: addWorkingDays lands on a working day with exactly n working days before it', () => {
    fc.assert(fc.property(day('2024-01-01', 8 * 365), fc.integer({ min: 0, max: 400 }), (start, n) => {
      const end = addWorkingDays(start, n);
      expect(isWorkingDay(end)).toBe(true);
      expect(walkWorkingDays(start, end)).toBe(n);
    }));
  });
});

describe('project time in working days', () => {
  it('five working days a week where no holiday intervenes (2-27 March 2026): two weeks from a Monday end on the second Friday', () => {
    expect(workingDaysIn(2)).toBe(10);
    expect(workingPeriodEnd('2026-03-02', 2)).toBe('2026-03-13');
    // A start on a Saturday begins on the Monday (28 February 2026 was a make-up Saturday, so not that one).
    expect(workingPeriodEnd('2026-03-07', 2)).toBe('2026-03-20');
  });
  it('a period across the 2026 Spring Festival ends later by the six weekdays off (the make-up Saturdays fall outside the break)', () => {
    // 9 February + 3 weeks would be 1 March; 16-20 and 23 February are off, 14 and 28 February are worked.
    const end = workingPeriodEnd('2026-02-09', 3);
    expect(end > '2026-03-01').toBe(true);
    const [festival] = holidaysTakingWork('2026-02-09', end);
    expect(festival).toMatchObject({ id: 'spring-festival', start: '2026-02-15', end: '2026-02-23', basis: 'official' });
    expect(festival!.workdaysLost).toBe(6);
    // 15 working days: the three weeks of work the period holds.
    expect(workingDaysBetween('2026-02-09', addDays(end, 1))).toBeGreaterThanOrEqual(15);
  });
  it('a holiday on a weekend takes no working day and is not listed', () => {
    // Dragon Boat 2030 is projected on 5 June, a Wednesday; Qingming 2029 on 4 April, a Wednesday too.
    for (const h of holidaysTakingWork('2030-01-01', '2030-12-31')) expect(h.workdaysLost).toBeGreaterThan(0);
  });
  it('fast-check: a period holds exactly its weeks of work in working days, whatever the holidays', () => {
    fc.assert(fc.property(day('2026-01-01', 6 * 365), fc.integer({ min: 1, max: 600 }), (start, tenths) => {
      const weeks = tenths / 10;
      expect(workingDaysBetween(start, addDays(workingPeriodEnd(start, weeks), 1))).toBe(Math.max(1, workingDaysIn(weeks)));
    }));
  });
  it('fast-check: a period holds at least its weeks of work in working days', () => {
    fc.assert(fc.property(day('2026-01-01', 6 * 365), fc.integer({ min: 1, max: 60 }), (start, weeks) => {
      const end = workingPeriodEnd(start, weeks);
      expect(workingDaysBetween(start, addDays(end, 1))).toBeGreaterThanOrEqual(weeks * 5 - 2);
    }));
  });
});

describe('a period of weeks of work on the calendar', () => {
  it('ends on a working day: three weeks from 8 February 2027 (in the projected festival holiday) end on a weekday, not a Sunday', () => {
    expect(isWorkingDay(workingPeriodEnd('2027-02-08', 3))).toBe(true);
  });
  it('fast-check: ends on a working day, non-decreasing in the start and in the weeks', () => {
    fc.assert(fc.property(day('2024-01-01', 9 * 365), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 600 }), (start, later, tenths) => {
      const weeks = tenths / 10;
      const end = workingPeriodEnd(start, weeks);
      expect(isWorkingDay(end)).toBe(true);
      expect(workingPeriodEnd(addDays(start, later), weeks) >= end).toBe(true);
      expect(workingPeriodEnd(start, weeks + 0.1) >= end).toBe(true);
    }));
  });
});

describe('workdaysLostTo', () => {
  it('no breaks take nothing', () => {
    expect(workdaysLostTo([])).toBe(0);
  });

  // February 2026: the Spring Festival takes six weekdays (16-20 and 23 February); nothing else falls then.
  it('adds up the working days each break takes (February 2026: the Spring Festival\'s six)', () => {
    expect(workdaysLostTo(holidaysTakingWork('2026-02-01', '2026-02-28'))).toBe(6);
  });

  it('fast-check: never negative, never more than the weekdays of the period', () => {
    fc.assert(
      fc.property(day('2024-01-01', 10 * 365), fc.integer({ min: 0, max: 400 }), (start, span) => {
        const end = addDays(start, span);
        let weekdays = 0;
        for (let d = start; d <= end; d = addDays(d, 1)) if (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) weekdays++;
        const lost = workdaysLostTo(holidaysTakingWork(start, end));
        expect(lost).toBeGreaterThanOrEqual(0);
        expect(lost).toBeLessThanOrEqual(weekdays);
      }),
      { numRuns: 50 },
    );
  });
});
