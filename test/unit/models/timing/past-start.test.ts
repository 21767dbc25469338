// A start that has already passed: the assessment says so, and the start it suggests instead is never
// before today.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, isWorkingDay } from '@/models/calendar';
import { assessTiming, timingFindings, timingSeenOn } from '@/models/timing';

const POINTS = { trainingStart: 100, trainingEnd: 115, goLive: 132 };

describe('a planned start in the past', () => {
  it('today 2027-06-01, start 2027-01-04: the start has passed and the suggestion is on or after today', () => {
    const seen = timingSeenOn(assessTiming('2027-01-04', POINTS), POINTS, '2027-06-01');
    expect(seen.inPast).toBe(true);
    expect(seen.findings.length).toBeGreaterThan(0);
    expect(seen.suggestedStart! >= '2027-06-01').toBe(true);
    expect(timingFindings(seen.suggestedStart!, POINTS)).toEqual([]);
  });

  it('a start still ahead (or today) keeps its assessment unchanged', () => {
    const timing = assessTiming('2026-12-07', POINTS);
    expect(timingSeenOn(timing, POINTS, '2026-11-16')).toEqual({ ...timing, inPast: false });
    expect(timingSeenOn(timing, POINTS, '2026-12-07')).toEqual({ ...timing, inPast: false });
  });

  it('fast-check: the suggestion is a clear working day on or after today and after the start, and none earlier is clear', () => {
    const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
    fc.assert(
      fc.property(day('2025-06-01', 4 * 365), fc.integer({ min: -400, max: 400 }), (start, ahead) => {
        const today = addDays(start, ahead);
        const { findings, suggestedStart, inPast } = timingSeenOn(assessTiming(start, POINTS), POINTS, today);
        expect(inPast).toBe(start < today);
        if (!findings.length) {
          expect(suggestedStart).toBeNull();
          return;
        }
        expect(suggestedStart! >= today && suggestedStart! > start, `${start} seen on ${today}: ${suggestedStart}`).toBe(true);
        expect(isWorkingDay(suggestedStart!)).toBe(true);
        expect(timingFindings(suggestedStart!, POINTS)).toEqual([]);
        const first = addDays(start, 1) > today ? addDays(start, 1) : today;
        for (let d = first; d < suggestedStart!; d = addDays(d, 1)) {
          expect(isWorkingDay(d) && timingFindings(d, POINTS).length === 0, d).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
