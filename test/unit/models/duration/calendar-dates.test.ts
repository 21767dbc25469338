// The estimate on the calendar: a later start never finishes earlier, every date it names for the end
// of something is a working day, and the holidays it reports are the ones inside the schedule, each
// counted once. Examples are the dates a QA pass found wrong; the properties would have caught them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, isWorkingDay, workdaysLostTo } from '@/models/calendar';
import { DEFAULT_DURATION_INPUT, estimateDuration, type DurationEstimate, type DurationInput } from '@/models/duration';
import { chartLayout } from '@/models/duration/chart-layout';
import { inputArb } from './fixtures';

const at = (startDate: string, input: DurationInput = DEFAULT_DURATION_INPUT) => estimateDuration({ ...input, startDate });
const goLive = (startDate: string, input?: DurationInput) => at(startDate, input).goLiveDate!;
/** A start date in 2024-2032: published and projected years, every holiday and make-up day of them. */
const startArb = fc.integer({ min: 0, max: 9 * 365 }).map((n) => addDays('2024-01-01', n));
const datedArb = fc.tuple(inputArb, startArb).map(([input, startDate]) => ({ ...input, startDate }));

/** Every date the estimate gives as the last day of something: phase ends, go-live, first release, 80% date. */
function endDates(e: DurationEstimate): string[] {
  return [...e.phases.map((p) => p.endDate!), e.goLiveDate!, e.p80Date!, ...(e.firstReleaseDate ? [e.firstReleaseDate] : [])];
}

describe('a later start never gives an earlier go-live', () => {
  it.each([
    ['2027-05-03', '2027-05-04'],
    ['2027-02-08', '2027-02-09'],
    ['2028-10-01', '2028-10-04'],
    ['2029-02-19', '2029-02-20'],
  ])('default answers: a start on %s goes live no later than one on %s', (earlier, later) => {
    expect(goLive(later) >= goLive(earlier)).toBe(true);
  });

  it('default answers, every start from 2027 to 2030: the go-live never steps back', () => {
    const back: string[] = [];
    let previous = goLive('2026-12-31');
    for (let start = '2027-01-01'; start <= '2030-12-31'; start = addDays(start, 1)) {
      const g = goLive(start);
      if (g < previous) back.push(start);
      previous = g;
    }
    expect(back).toEqual([]);
  });

  it('fast-check: for any answers, each phase date, the go-live, the first release and the 80% date are non-decreasing in the start', () => {
    fc.assert(
      fc.property(inputArb, startArb, fc.integer({ min: 1, max: 40 }), (input, start, later) => {
        const a = at(start, input);
        const b = at(addDays(start, later), input);
        a.phases.forEach((p, i) => {
          expect(b.phases[i]!.startDate! >= p.startDate!).toBe(true);
          expect(b.phases[i]!.endDate! >= p.endDate!).toBe(true);
        });
        expect(b.goLiveDate! >= a.goLiveDate!).toBe(true);
        expect(b.p80Date! >= a.p80Date!).toBe(true);
        if (a.firstReleaseDate) expect(b.firstReleaseDate! >= a.firstReleaseDate).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('every end date is a working day', () => {
  it.each([
    ['2027-03-19', '2027-10-07'], // was the last day of the National Day holiday
    ['2028-06-19', '2029-01-01'], // was New Year's Day
    ['2027-02-08', '2027-08-29'], // was a Sunday
  ])('default answers from %s: go-live is a working day, not %s', (start, wrong) => {
    const g = goLive(start);
    expect(g).not.toBe(wrong);
    expect(isWorkingDay(g)).toBe(true);
  });

  it('fast-check: phase ends, go-live, first release and the 80% date fall on working days', () => {
    fc.assert(
      fc.property(datedArb, (input) => {
        for (const date of endDates(estimateDuration(input))) expect(isWorkingDay(date), date).toBe(true);
      }),
    );
  });

  it('fast-check: each phase after the first starts on a working day, and the next phase starts on the next working day', () => {
    fc.assert(
      fc.property(datedArb, (input) => {
        const e = estimateDuration(input);
        const [planning, deployment, migration, training, rollout] = e.phases;
        for (const p of e.phases.slice(1)) expect(isWorkingDay(p.startDate!)).toBe(true);
        const nextWorkingDay = (date: string) => {
          let d = addDays(date, 1);
          while (!isWorkingDay(d)) d = addDays(d, 1);
          return d;
        };
        expect(deployment!.startDate).toBe(nextWorkingDay(planning!.endDate!));
        const later = deployment!.endDate! > migration!.endDate! ? deployment!.endDate! : migration!.endDate!;
        expect(training!.startDate).toBe(nextWorkingDay(later));
        expect(rollout!.startDate).toBe(nextWorkingDay(training!.endDate!));
      }),
    );
  });
});

describe('the suggested start', () => {
  it('2027-02-03, as the festival slow-down begins: start on Monday 15 February instead, with the go-live a start then gives', () => {
    const e = at('2027-02-03');
    expect(e.timing!.suggestedStart).toBe('2027-02-15');
    expect(e.suggestedGoLiveDate).toBe(goLive('2027-02-15'));
    expect(e.suggestedGoLiveDate! >= e.goLiveDate!).toBe(true);
  });

  it('2027-02-08, inside the days off: work begins on 15 February, so it is judged as that start (no finding, the same go-live)', () => {
    const e = at('2027-02-08');
    expect(e.timing!.findings).toEqual(at('2027-02-15').timing!.findings);
    expect(e.timing!.suggestedStart).toBeNull();
    expect(e.goLiveDate).toBe(goLive('2027-02-15'));
  });

  it('fast-check: a working day, clear of every finding, with the go-live a start then gives, never before the current go-live', () => {
    fc.assert(
      fc.property(datedArb, (input) => {
        const e = estimateDuration(input);
        const suggested = e.timing?.suggestedStart;
        fc.pre(Boolean(suggested));
        expect(isWorkingDay(suggested!)).toBe(true);
        const there = estimateDuration({ ...input, startDate: suggested! });
        expect(there.timing!.findings).toEqual([]);
        expect(e.suggestedGoLiveDate).toBe(there.goLiveDate);
        expect(e.suggestedGoLiveDate! >= e.goLiveDate!).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the holidays the estimate reports', () => {
  it('2027-02-08: none after go-live (Mid-Autumn 2027 is on 15 September), and the total is the sum of the phase notes', () => {
    const e = at('2027-02-08');
    expect(e.calendar!.holidays.map((h) => h.id)).not.toContain('mid-autumn');
    for (const h of e.calendar!.holidays) expect(h.start <= e.goLiveDate!).toBe(true);
    expect(workdaysLostTo(e.calendar!.holidays)).toBe(e.phases.reduce((n, p) => n + workdaysLostTo(p.holidays!), 0));
  });

  it('2027-02-08: each working day lost is noted once, on the phase that carries it to go-live', () => {
    const notes = Object.fromEntries(at('2027-02-08').phases.map((p) => [p.id, p.holidays!.map((h) => `${h.id} ${h.workdaysLost}`)]));
    expect(notes).toEqual({
      planning: ['spring-festival 5'], // the days off from the chosen start to 12 February
      deployment: ['qingming 1', 'labour-day 3'], // migration starts after Labour Day
      migration: ['dragon-boat 1'], // in the overlap, and migration ends after deployment
      training: [],
      rollout: [],
    });
  });

  it('fast-check: every holiday listed overlaps start..go-live, and the total equals the sum of the phase notes', () => {
    fc.assert(
      fc.property(datedArb, (input) => {
        const e = estimateDuration(input);
        for (const h of e.calendar!.holidays) {
          expect(h.start <= e.goLiveDate! && h.end >= input.startDate!).toBe(true);
          expect(h.workdaysLost).toBeGreaterThan(0);
        }
        // A phase never notes a holiday that comes after it ends.
        for (const p of e.phases) for (const h of p.holidays!) expect(h.start <= p.endDate!).toBe(true);
        expect(e.phases.reduce((n, p) => n + workdaysLostTo(p.holidays!), 0)).toBe(workdaysLostTo(e.calendar!.holidays));
      }),
    );
  });

  it('start 2027-10-07, the last day of Golden Week: its band starts at the chart start, not before it', () => {
    const e = at('2027-10-07');
    const band = chartLayout(e, '2027-10-07').holidays.find((h) => h.id === 'national-day')!;
    expect(band.from).toBe(0);
    expect(band.to).toBeCloseTo(1 / 7);
  });

  it('fast-check: every holiday band lies inside the chart, from the start to go-live', () => {
    fc.assert(
      fc.property(datedArb, (input) => {
        const e = estimateDuration(input);
        const layout = chartLayout(e, input.startDate);
        for (const band of layout.holidays) {
          expect(band.from).toBeGreaterThanOrEqual(0);
          expect(band.to).toBeGreaterThan(band.from);
          expect(band.to).toBeLessThanOrEqual(layout.goLive + 1e-9);
          expect(band.to * 7).toBeLessThanOrEqual(daysBetween(input.startDate!, e.goLiveDate!) + 1);
        }
      }),
    );
  });
});
