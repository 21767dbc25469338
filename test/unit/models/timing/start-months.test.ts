import { describe, expect, it } from 'vitest';
import { addDays } from '@/models/calendar';
import { placePoints, startMonths, timingFindings } from '@/models/timing';

// Training and go-live in working days of the project, as the estimator's likely schedule gives them.
const POINTS = { trainingStart: 100, trainingEnd: 115, goLive: 132 };

describe('startMonths', () => {
  it('lists the twelve months after today’s, each from its first day, with the likely go-live', () => {
    const months = startMonths('2026-12-03', POINTS);
    expect(months).toHaveLength(12);
    expect(months[0]!.start).toBe('2027-01-01');
    expect(months[11]!.start).toBe('2027-12-01');
    for (const m of months) expect(m.goLive).toBe(placePoints(m.start, POINTS).goLive);
  });
  it('marks each month with the findings a start then would raise, the same as the timing assessment', () => {
    for (const m of startMonths('2026-11-15', POINTS)) {
      expect(m.findings).toEqual(timingFindings(m.start, POINTS).map((f) => f.code));
    }
    const byMonth = Object.fromEntries(startMonths('2026-11-15', POINTS).map((m) => [m.start.slice(0, 7), m.findings]));
    expect(byMonth['2026-12']).toContain('december-start');
    // Spring Festival 2027 is on 6 February: a start on 1 February runs into it.
    expect(byMonth['2027-02']).toContain('first-month-festival');
    expect(byMonth['2027-04']).toEqual([]);
  });
});
