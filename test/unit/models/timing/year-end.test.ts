// Year-end and the weeks before the Spring Festival as one stretch: source 004 advises against starting
// at year-end or before the festival and for starting once it is over, so from the first December
// kick-off to the end of the following break every start is flagged, and a start a day later never
// flips from flagged to clear and back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addWorkingDays, springFestivalHoliday } from '@/models/calendar';
import { startMonths, timingFindings } from '@/models/timing';

// Training and go-live far from kick-off, so only the kick-off rules speak near year-end.
const POINTS = { trainingStart: 100, trainingEnd: 115, goLive: 132 };
const KICK_OFF_CODES = ['december-start', 'first-month-festival'];
const kickOffFlagged = (start: string, points = POINTS) => timingFindings(start, points).some((f) => KICK_OFF_CODES.includes(f.code));

describe('December and early January are judged as one stretch (2026-27: break 3 to 14 February)', () => {
  it('31 December and 1 to 3 January are flagged like 4 January; the day after the break is clear', () => {
    expect(timingFindings('2026-12-31', POINTS).map((f) => f.code)).toContain('december-start');
    for (const start of ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04']) {
      const finding = timingFindings(start, POINTS).find((f) => f.code === 'first-month-festival');
      expect(finding, start).toBeDefined();
      expect(finding!.festival!.start).toBe('2027-02-03');
    }
    expect(kickOffFlagged('2027-02-15')).toBe(false);
  });

  it('2025-26 (break 14 to 25 February): 31 December and every start in January are flagged, as is 15 January', () => {
    expect(timingFindings('2025-12-31', POINTS).map((f) => f.code)).toContain('december-start');
    for (let start = '2026-01-01'; start <= '2026-02-25'; start = addDays(start, 1)) expect(kickOffFlagged(start), start).toBe(true);
    expect(kickOffFlagged('2026-02-26')).toBe(false);
    expect(startMonths('2025-12-20', POINTS)[0]!.findings).toContain('first-month-festival');
  });

  it('the twelve-month strip seen on 2026-12-20 does not call January 2027 clear', () => {
    const january = startMonths('2026-12-20', POINTS)[0]!;
    expect(january.start).toBe('2027-01-01');
    expect(january.findings).toContain('first-month-festival');
  });

  it('fast-check: a start is flagged at kick-off exactly when work begins between 1 December and the end of the break that follows', () => {
    const winter = fc.record({
      year: fc.integer({ min: 1990, max: 2150 }),
      offset: fc.integer({ min: 0, max: 150 }),
      points: fc.record({ trainingStart: fc.integer({ min: 20, max: 200 }), length: fc.integer({ min: 0, max: 40 }), after: fc.integer({ min: 0, max: 60 }) }),
    });
    fc.assert(
      fc.property(winter, ({ year, offset, points: p }) => {
        const points = { trainingStart: p.trainingStart, trainingEnd: p.trainingStart + p.length, goLive: p.trainingStart + p.length + p.after };
        const start = addDays(`${year}-11-01`, offset);
        const kickOff = addWorkingDays(start, 0);
        const festival = springFestivalHoliday(year + 1);
        const expected = kickOff >= `${year}-12-01` && kickOff <= festival.end;
        expect(kickOffFlagged(start, points), `${start} (work begins ${kickOff})`).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('every winter from 2000 to 2099: the starts flagged at kick-off are one unbroken run from November to March', () => {
    const broken: string[] = [];
    for (let year = 2000; year <= 2099; year++) {
      let runs = 0;
      let before = false;
      for (let d = `${year}-11-01`; d <= `${year + 1}-03-31`; d = addDays(d, 1)) {
        const now = kickOffFlagged(d);
        if (now && !before) runs++;
        before = now;
      }
      if (runs !== 1) broken.push(`${year}-${year + 1}: ${runs} runs`);
    }
    expect(broken).toEqual([]);
  }, 60_000);
});
