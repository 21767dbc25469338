import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, daysBetween, holidaysTakingWork, isWorkingDay, springFestivalHoliday, workingDaysBetween } from '@/models/calendar';
import { estimateDuration, PHASE_IDS, type DurationEstimate, type DurationInput } from '@/models/duration';
import { TYPICAL_MEDIUM, WORST } from './fixtures';

const phase = (e: DurationEstimate, id: string) => e.phases.find((p) => p.id === id)!;
const codes = (e: DurationEstimate) => e.warnings.map((w) => `${w.code}${w.phase ? `@${w.phase}` : ''}`);
const calendarCodes = (e: DurationEstimate) => codes(e).filter((c) => c.startsWith('year-end') || c.startsWith('spring-festival'));

const REF = '2030-06-03';
/** Day offsets of a phase's first and last day from the project start (they do not depend on the date). */
function offsets(id: string, input: DurationInput = TYPICAL_MEDIUM): { start: number; end: number } {
  const p = phase(estimateDuration({ ...input, startDate: REF }), id);
  return { start: daysBetween(REF, p.startDate!), end: daysBetween(REF, p.endDate!) };
}
/**
 * A start date that puts the given phase's first (or last) day on `target`. Holidays on the way
 * lengthen the schedule, so the plain offset is only where the search begins.
 */
function startSoThatHits(id: string, target: string, which: 'startDate' | 'endDate'): string {
  const plain = addDays(target, -offsets(id)[which === 'startDate' ? 'start' : 'end']);
  for (let step = 0; step <= 120; step++) {
    const start = addDays(plain, step % 2 ? -(step + 1) / 2 : step / 2);
    if (phase(estimateDuration({ ...TYPICAL_MEDIUM, startDate: start }), id)[which] === target) return start;
  }
  throw new Error(`no start puts ${id} ${which} on ${target}`);
}
const startSoThat = (id: string, target: string) => startSoThatHits(id, target, 'startDate');
const startSoThatEnds = (id: string, target: string) => startSoThatHits(id, target, 'endDate');

describe('shape', () => {
  it('returns all five phases in order, with start weeks and no dates when no start date is given', () => {
    const e = estimateDuration(TYPICAL_MEDIUM);
    expect(e.phases.map((p) => p.id)).toEqual([...PHASE_IDS]);
    expect(e.phases[0]!.startWeek).toBe(0);
    expect(e.goLiveDate).toBeUndefined();
    for (const p of e.phases) {
      expect(p.startDate).toBeUndefined();
      expect(p.endDate).toBeUndefined();
    }
    expect(e.warnings).toEqual([]);
  });

  it('migration overlaps deployment; training waits for both; rollout follows training', () => {
    const e = estimateDuration(TYPICAL_MEDIUM);
    const dep = phase(e, 'deployment');
    const mig = phase(e, 'migration');
    const tr = phase(e, 'training');
    const ro = phase(e, 'rollout');
    expect(mig.startWeek).toBeGreaterThan(dep.startWeek);
    expect(mig.startWeek).toBeLessThan(dep.startWeek + dep.likelyWeeks);
    expect(tr.startWeek).toBeCloseTo(Math.max(dep.startWeek + dep.likelyWeeks, mig.startWeek + mig.likelyWeeks), 1);
    expect(ro.startWeek).toBeCloseTo(tr.startWeek + tr.likelyWeeks, 1);
    expect(e.total.likelyWeeks).toBeCloseTo(ro.startWeek + ro.likelyWeeks, 1);
  });

  it('is deterministic: the seeded simulation gives the same p50 and p80 every time', () => {
    expect(estimateDuration(WORST)).toEqual(estimateDuration(WORST));
    expect(estimateDuration(TYPICAL_MEDIUM).total).toEqual(estimateDuration({ ...TYPICAL_MEDIUM }).total);
  });

  it('the worst possible input stays within four years and the best above two weeks', () => {
    expect(estimateDuration(WORST).total.highWeeks).toBeLessThanOrEqual(4 * 52);
    const best: DurationInput = {
      companySize: 'small', complexity: 1, digitalMaturity: 5, vendorSupport: 5, internalCommitment: 5,
      deployment: 'cloud', platform: 'saas', integrations: 0, switchingVendor: false, agile: true,
    };
    expect(estimateDuration(best).total.lowWeeks).toBeGreaterThanOrEqual(2);
  });

});

describe('dates', () => {
  it('gives every phase dates from the start date, and go-live is the last day of the rollout', () => {
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2026-03-02' });
    expect(phase(e, 'planning').startDate).toBe('2026-03-02');
    for (const p of e.phases) {
      expect(p.startDate! <= p.endDate!).toBe(true);
      // Start weeks are weeks of work: five working days each, whatever holidays lie on the way.
      expect(Math.abs(workingDaysBetween('2026-03-02', p.startDate!) - p.startWeek * 5)).toBeLessThanOrEqual(1.5);
    }
    // Consecutive phases line up: training starts the day after the later of deployment and migration ends.
    expect(phase(e, 'training').startDate).toBe(addDays([phase(e, 'deployment').endDate!, phase(e, 'migration').endDate!].sort()[1]!, 1));
    expect(phase(e, 'rollout').startDate).toBe(addDays(phase(e, 'training').endDate!, 1));
    expect(e.goLiveDate).toBe(phase(e, 'rollout').endDate);
    // Later than the plain-calendar date by the working days the holidays inside take, no more.
    const plain = addDays('2026-03-02', Math.round(e.total.likelyWeeks * 7) - 1);
    const lost = holidaysTakingWork('2026-03-02', e.goLiveDate!).reduce((n, h) => n + h.workdaysLost, 0);
    expect(lost).toBeGreaterThan(0); // Qingming, Labour Day and Dragon Boat 2026 fall inside
    expect(e.goLiveDate! > plain).toBe(true);
    expect(workingDaysBetween(plain, e.goLiveDate!)).toBeLessThanOrEqual(lost + 1);
    expect(e.calendar?.holidays.map((h) => h.id)).toEqual(expect.arrayContaining(['qingming', 'labour-day']));
  });

  it('a phase that spans Golden Week ends later by the working days the holiday takes', () => {
    // Start so that deployment is under way on 1 October 2026 (National Day, 1-7 October, five weekdays off).
    const start = startSoThat('deployment', '2026-09-14');
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: start });
    const deployment = phase(e, 'deployment');
    const golden = deployment.holidays!.find((h) => h.id === 'national-day')!;
    expect(golden).toMatchObject({ start: '2026-10-01', end: '2026-10-07', basis: 'official', workdaysLost: 5 });
    // Its working days equal its weeks of work, holidays excluded (make-up Saturdays count as worked).
    const worked = workingDaysBetween(deployment.startDate!, addDays(deployment.endDate!, 1));
    expect(Math.abs(worked - deployment.likelyWeeks * 5)).toBeLessThanOrEqual(2);
    expect(daysBetween(deployment.startDate!, deployment.endDate!) + 1).toBeGreaterThan(deployment.likelyWeeks * 7 + 5);
  });

  it('a spring start with a summer go-live raises no calendar warning', () => {
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2026-03-02' });
    expect(calendarCodes(e)).toEqual([]);
  });
});

describe('calendar warnings (004, the shared timing assessment)', () => {
  it('a start in December is flagged on planning, naming the festival break that follows', () => {
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2026-12-07' });
    const w = e.warnings.find((x) => x.code === 'december-start');
    expect(w?.phase).toBe('planning');
    expect(w?.festival?.newYearsDay).toBe('2027-02-06');
  });

  it('a first month that runs into the Spring Festival break is flagged (a start on 2027-01-04 and one in the slow-down before the days off)', () => {
    expect(codes(estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2027-01-04' }))).toContain('first-month-festival@planning');
    expect(codes(estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2027-02-04' }))).toContain('first-month-festival@planning');
  });

  it('training during the 2026 break is flagged on the training phase', () => {
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: startSoThat('training', '2026-02-10') });
    expect(codes(e)).toContain('training-before-festival@training');
  });

  it('a go-live just before the 2031 break is flagged, one just after it is not (the date comes from the calendar, not a table)', () => {
    const holiday = springFestivalHoliday(2031); // New Year's Day 2031-01-23
    // A go-live is a working day: the last one before the break, and the first one after it.
    let before = addDays(holiday.start, -1);
    while (!isWorkingDay(before)) before = addDays(before, -1);
    const inBreak = estimateDuration({ ...TYPICAL_MEDIUM, startDate: startSoThatEnds('rollout', before) });
    expect(codes(inBreak)).toContain('go-live-near-festival@rollout');
    const after = estimateDuration({ ...TYPICAL_MEDIUM, startDate: startSoThatEnds('rollout', addWorkingDays(addDays(holiday.end, 1), 0)) });
    expect(codes(after)).not.toContain('go-live-near-festival@rollout');
  });

  it.each([
    [14, true],
    [15, false],
  ])('training ending %i days before the break is flagged: %s', (daysBefore, flagged) => {
    const holiday = springFestivalHoliday(2027);
    const trainingEnd = addDays(holiday.start, -daysBefore);
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: startSoThatEnds('training', trainingEnd) });
    expect(phase(e, 'training').endDate).toBe(trainingEnd);
    expect(codes(e).includes('training-before-festival@training')).toBe(flagged);
  });

  it('offers the earliest start that clears every finding, and that start has none', () => {
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: '2026-12-28' });
    const suggested = e.timing?.suggestedStart;
    expect(suggested).toBeTruthy();
    expect(estimateDuration({ ...TYPICAL_MEDIUM, startDate: suggested! }).timing?.findings).toEqual([]);
    // A working day, and the working day before it still has a finding.
    expect(isWorkingDay(suggested!)).toBe(true);
    let before = addDays(suggested!, -1);
    while (!isWorkingDay(before)) before = addDays(before, -1);
    expect(estimateDuration({ ...TYPICAL_MEDIUM, startDate: before }).timing?.findings.length).toBeGreaterThan(0);
  });
});

describe('risk warnings', () => {
  it.each<[Partial<DurationInput>, string]>([
    [{ internalCommitment: 2 }, 'low-commitment@planning'],
    [{ internalCommitment: 1 }, 'low-commitment@planning'],
    [{ expanding: true }, 'expansion@planning'],
    [{ keyStaffTurnover: true }, 'key-staff@training'],
    [{ switchingVendor: true }, 'switching-vendor@migration'],
    [{ integrations: 6 }, 'many-integrations@migration'],
  ])('%o warns %s', (patch, code) => {
    expect(codes(estimateDuration({ ...TYPICAL_MEDIUM, ...patch }))).toEqual([code]);
  });

  it.each<[Partial<DurationInput>]>([[{ internalCommitment: 3 }], [{ integrations: 5 }], [{ expanding: false }]])(
    '%o raises no warning',
    (patch) => {
      expect(estimateDuration({ ...TYPICAL_MEDIUM, ...patch }).warnings).toEqual([]);
    },
  );
});
