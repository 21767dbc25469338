import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from '@/models/calendar';
import { estimateDuration, DEFAULT_DURATION_INPUT } from '@/models/duration';
import { assessReadiness, BEST_ANSWERS, durationHints, EXAMPLE_ANSWERS, handedOffInput, WORST_ANSWERS, type ReadinessAnswers } from '@/models/readiness';
import { assessTiming, placePoints, timingFindings, BEFORE_BREAK_DAYS } from '@/models/timing';

// A typical schedule: training from day 140 to day 160, go-live on day 185.
const POINTS = { trainingStart: 140, trainingEnd: 160, goLive: 185 };
const codes = (start: string) => timingFindings(start, POINTS).map((f) => f.code);

describe('the four timing rules', () => {
  it('a start in December', () => {
    expect(codes('2026-12-07')).toContain('december-start');
    expect(codes('2026-11-30')).not.toContain('december-start');
  });
  it('a first month that runs into the Spring Festival break (2027: 6 February)', () => {
    expect(codes('2027-01-04')).toContain('first-month-festival');
    expect(codes('2027-02-10')).toContain('first-month-festival');
    expect(codes('2027-03-01')).not.toContain('first-month-festival');
  });
  it('training in the two weeks before the break or in it; go-live the same', () => {
    const festival = timingFindings('2027-01-04', POINTS).find((f) => f.code === 'first-month-festival')!.festival!;
    // The start whose (working-time) training ends, or go-live falls, on the given day.
    const startFor = (day: string, at: (start: string) => string) => {
      for (let back = POINTS.trainingStart; back <= POINTS.goLive + 60; back++) if (at(addDays(day, -back)) === day) return addDays(day, -back);
      throw new Error(`no start for ${day}`);
    };
    const trainingEndsAt = (day: string) => startFor(day, (s) => placePoints(s, POINTS).trainingTo);
    expect(codes(trainingEndsAt(addDays(festival.start, -BEFORE_BREAK_DAYS)))).toContain('training-before-festival');
    expect(codes(trainingEndsAt(addDays(festival.start, -BEFORE_BREAK_DAYS - 1)))).not.toContain('training-before-festival');
    const goLiveAt = (day: string) => startFor(day, (s) => placePoints(s, POINTS).goLive);
    expect(codes(goLiveAt(festival.end))).toContain('go-live-near-festival');
    expect(codes(goLiveAt(addDays(festival.end, 1)))).not.toContain('go-live-near-festival');
  });
  it('each finding names its phase and its festival break', () => {
    for (const f of timingFindings('2026-12-28', POINTS)) {
      expect(['planning', 'training', 'rollout']).toContain(f.phase);
      expect(f.festival!.start < f.festival!.end).toBe(true);
      expect(daysBetween(f.from, f.to)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('assessTiming', () => {
  it('the suggested start is the earliest clear date after the start, and after the festival for a December start (property)', () => {
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2026-12-01', n));
    fc.assert(fc.property(day, (start) => {
      const { findings, suggestedStart } = assessTiming(start, POINTS);
      if (!findings.length) { expect(suggestedStart).toBeNull(); return; }
      expect(suggestedStart! > start).toBe(true);
      expect(timingFindings(suggestedStart!, POINTS)).toEqual([]);
      const december = findings.find((f) => f.code === 'december-start');
      if (december) expect(suggestedStart! > december.festival!.end).toBe(true);
      const dayBefore = addDays(suggestedStart!, -1);
      const earliest = december && december.festival!.end > start ? december.festival!.end : start;
      expect(dayBefore <= earliest || timingFindings(dayBefore, POINTS).length > 0).toBe(true);
    }), { numRuns: 80 });
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
