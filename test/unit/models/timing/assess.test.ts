import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addWorkingDays, daysBetween, isWorkingDay } from '@/models/calendar';
import { estimateDuration, DEFAULT_DURATION_INPUT } from '@/models/duration';
import { assessReadiness, BEST_ANSWERS, durationHints, EXAMPLE_ANSWERS, handedOffInput, WORST_ANSWERS, type ReadinessAnswers } from '@/models/readiness';
import { assessTiming, placePoints, timingFindings, BEFORE_BREAK_DAYS } from '@/models/timing';

// A typical schedule, in working days of the project: training from day 100 to day 115, go-live on day 132.
const POINTS = { trainingStart: 100, trainingEnd: 115, goLive: 132 };
/** The last working day on or before `date`. */
const workingDayBy = (date: string): string => (isWorkingDay(date) ? date : workingDayBy(addDays(date, -1)));
const codes = (start: string) => timingFindings(start, POINTS).map((f) => f.code);

describe('the four timing rules', () => {
  it('a start in December', () => {
    expect(codes('2026-12-07')).toContain('december-start');
    expect(codes('2026-11-30')).not.toContain('december-start');
  });
  it('a first month that runs into the Spring Festival break (2027: 6 February)', () => {
    expect(codes('2027-01-04')).toContain('first-month-festival');
    expect(codes('2027-02-04')).toContain('first-month-festival');
    expect(codes('2027-03-01')).not.toContain('first-month-festival');
    // A start inside the days off (projected 5-12 February) is judged from the day work begins, 15 February.
    expect(codes('2027-02-10')).not.toContain('first-month-festival');
    expect(codes('2027-02-10')).toEqual(codes('2027-02-15'));
  });
  it('training in the two weeks before the break or in it; go-live the same', () => {
    const festival = timingFindings('2027-01-04', POINTS).find((f) => f.code === 'first-month-festival')!.festival!;
    // The start whose (working-time) training ends, or go-live falls, on the given working day.
    const startFor = (day: string, at: (start: string) => string) => {
      for (let back = 0; back <= 2 * POINTS.goLive; back++) if (at(addDays(day, -back)) === day) return addDays(day, -back);
      throw new Error(`no start for ${day}`);
    };
    const trainingEndsAt = (day: string) => startFor(day, (s) => placePoints(s, POINTS).trainingTo);
    expect(codes(trainingEndsAt(addDays(festival.start, -BEFORE_BREAK_DAYS)))).toContain('training-before-festival');
    expect(codes(trainingEndsAt(addDays(festival.start, -BEFORE_BREAK_DAYS - 1)))).not.toContain('training-before-festival');
    const goLiveAt = (day: string) => startFor(day, (s) => placePoints(s, POINTS).goLive);
    // A go-live is a working day: the last one inside the window, and the first one after it.
    expect(codes(goLiveAt(workingDayBy(festival.end)))).toContain('go-live-near-festival');
    expect(codes(goLiveAt(addWorkingDays(addDays(festival.end, 1), 0)))).not.toContain('go-live-near-festival');
  });
  it('each finding names its phase and its festival break', () => {
    for (const f of timingFindings('2026-12-28', POINTS)) {
      expect(['planning', 'training', 'rollout']).toContain(f.phase);
      expect(f.festival!.start < f.festival!.end).toBe(true);
      expect(daysBetween(f.from, f.to)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('placing training and go-live on the calendar', () => {
  it('fast-check: on working days, and never earlier for a later start', () => {
    const day = fc.integer({ min: 0, max: 6 * 365 }).map((n) => addDays('2026-01-01', n));
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 30 }), (start, later) => {
      const a = placePoints(start, POINTS);
      const b = placePoints(addDays(start, later), POINTS);
      for (const d of [a.trainingFrom, a.trainingTo, a.goLive]) expect(isWorkingDay(d), d).toBe(true);
      expect(b.trainingFrom >= a.trainingFrom && b.trainingTo >= a.trainingTo && b.goLive >= a.goLive).toBe(true);
    }));
  });
});

describe('assessTiming', () => {
  it('the suggested start is the earliest clear working day after the start, and after the festival for a December start (property)', () => {
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2026-12-01', n));
    fc.assert(fc.property(day, (start) => {
      const { findings, suggestedStart } = assessTiming(start, POINTS);
      if (!findings.length) { expect(suggestedStart).toBeNull(); return; }
      expect(suggestedStart! > start).toBe(true);
      expect(timingFindings(suggestedStart!, POINTS)).toEqual([]);
      const december = findings.find((f) => f.code === 'december-start');
      if (december) expect(suggestedStart! > december.festival!.end).toBe(true);
      // The working day before it is not a clear start that is also allowed.
      const dayBefore = workingDayBy(addDays(suggestedStart!, -1));
      const earliest = december && december.festival!.end > start ? december.festival!.end : start;
      expect(dayBefore <= earliest || timingFindings(dayBefore, POINTS).length > 0).toBe(true);
    }), { numRuns: 80 });
  });

  it('fast-check: the suggested start is a working day', () => {
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2026-12-01', n));
    fc.assert(fc.property(day, (start) => {
      const { suggestedStart } = assessTiming(start, POINTS);
      if (suggestedStart) expect(isWorkingDay(suggestedStart)).toBe(true);
    }), { numRuns: 80 });
  });

  it('fast-check: no start it passes over is clear of findings and goes live earlier than the one it suggests (a start is judged from the day work begins)', () => {
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2026-11-01', n));
    fc.assert(fc.property(day, (start) => {
      const { findings, suggestedStart } = assessTiming(start, POINTS);
      fc.pre(suggestedStart !== null);
      const goLive = placePoints(suggestedStart!, POINTS).goLive;
      // After a December start the advice waits for the festival to be over (004), whatever lies between.
      const december = findings.find((f) => f.code === 'december-start')?.festival?.end;
      const first = december && december > start ? addDays(december, 1) : addDays(start, 1);
      for (let d = first; d < suggestedStart!; d = addDays(d, 1)) {
        if (timingFindings(d, POINTS).length === 0) expect(placePoints(d, POINTS).goLive >= goLive, d).toBe(true);
      }
    }), { numRuns: 80 });
  });

  it('a Sunday in November whose work starts on Monday 1 December is a December start (2025-11-30)', () => {
    expect(codes('2025-11-30')).toContain('december-start');
  });

  it('a December start is told to wait until the Spring Festival break is over (2026-12-07: 15 February 2027)', () => {
    expect(assessTiming('2026-12-07', POINTS).suggestedStart).toBe('2027-02-15');
  });
});

describe('the readiness self-assessment and the estimator agree', () => {
  // The estimator as the readiness hand-off leaves it: the defaults plus what the answers carry over.
  const handedOff = (a: ReadinessAnswers) => ({ ...DEFAULT_DURATION_INPUT, ...handedOffInput(durationHints(a)) });
  it.each([
    ['the example answers', EXAMPLE_ANSWERS],
    ['the best answers', BEST_ANSWERS],
    ['the worst answers', WORST_ANSWERS],
  ] as const)('with %s, every start from 2026-12-01 to 2030-12-31 gets the same findings and suggested start', (_name, answers) => {
    const mismatches: string[] = [];
    for (let start = '2026-12-01'; start <= '2030-12-31'; start = addDays(start, 1)) {
      const r = assessReadiness({ ...answers, plannedStart: start }, '2026-12-01').startCheck!;
      const d = estimateDuration({ ...handedOff(answers), startDate: start }).timing!;
      if (JSON.stringify(r.findings) !== JSON.stringify(d.findings) || r.suggestedStart !== d.suggestedStart) mismatches.push(start);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
