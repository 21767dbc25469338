/**
 * When a CRM project should not start, from source 004 and the brief: not in December; not from the
 * new year until the Spring Festival break is over (004 groups the weeks before the festival with
 * year-end), nor so that the first month (kick-off and first training) runs into the break; not with
 * training in the weeks just before the break (what is taught is forgotten over the 10-15 days off);
 * not going live in the break or the two weeks before it. The readiness self-assessment, the duration estimator and the
 * plan all call `assessTiming`, so they report the same findings.
 */
import { addDays, addMonths, addWorkingDays, daysBetween, isWorkingDay, springFestivalHoliday } from '@/models/calendar';
import type { FestivalBreak, SchedulePoints, TimingAssessment, TimingFinding } from './types';

/** "The weeks just before the break": training or go-live this close to it is flagged. */
export const BEFORE_BREAK_DAYS = 14;

/** How far ahead to look for a start that clears every finding (two festival cycles). */
const SEARCH_DAYS = 2 * 366;

const breaks = new Map<number, FestivalBreak | null>();
function festivalBreak(year: number): FestivalBreak | null {
  if (!breaks.has(year)) {
    try {
      const h = springFestivalHoliday(year);
      breaks.set(year, { newYearsDay: h.newYearsDay, start: h.start, end: h.end });
    } catch {
      // Outside the calendar's range: no festival to warn about rather than a broken tool.
      breaks.set(year, null);
    }
  }
  return breaks.get(year) ?? null;
}

/** The first break that overlaps [from, to], each break widened by `before` days ahead of it. */
function breakOverlapping(from: string, to: string, before: number): FestivalBreak | null {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)) + 1; y++) {
    const b = festivalBreak(y);
    if (b && daysBetween(addDays(b.start, -before), to) >= 0 && daysBetween(from, b.end) >= 0) return b;
  }
  return null;
}

/**
 * Training and go-live as calendar dates for a start on `start`: the points are working days counted
 * from it, exactly as the estimator's phase dates are, so a holiday on the way moves them later and
 * each lands on a working day.
 */
export function placePoints(start: string, points: SchedulePoints): { trainingFrom: string; trainingTo: string; goLive: string } {
  return {
    trainingFrom: addWorkingDays(start, points.trainingStart),
    trainingTo: addWorkingDays(start, Math.max(points.trainingStart, points.trainingEnd)),
    goLive: addWorkingDays(start, points.goLive),
  };
}

/**
 * The break a kick-off on `kickOff` lands before: the one of its own year when work begins between 1
 * January and the break's last day. 004 puts year-end and the weeks before the festival together
 * ("start once the new year is over", which in China means the festival), so a January start is
 * flagged however many days its first month ends before the break: judged by the first month alone,
 * a start a day after 31 December would turn clear and then, some days on, flagged again.
 */
function breakAhead(kickOff: string): FestivalBreak | null {
  const b = festivalBreak(Number(kickOff.slice(0, 4)));
  return b && kickOff <= b.end ? b : null;
}

/**
 * The findings for one start date; `points` place training and go-live relative to it. The first
 * month is judged from the day work begins (the first working day on or after `start`), as training
 * and go-live are: a start on a Sunday whose work begins on Monday 1 December is a December start.
 * Every kick-off from 1 December to the end of the following break is flagged (December, or the
 * break ahead), so the judgement never flips from flagged to clear and back over year-end.
 */
export function timingFindings(start: string, points: SchedulePoints): TimingFinding[] {
  const out: TimingFinding[] = [];
  const kickOff = addWorkingDays(start, 0);
  if (kickOff.slice(5, 7) === '12') {
    out.push({ code: 'december-start', phase: 'planning', from: kickOff, to: kickOff, festival: festivalBreak(Number(kickOff.slice(0, 4)) + 1) });
  }
  const firstMonthEnd = addDays(addMonths(kickOff, 1), -1);
  const firstMonth = breakOverlapping(kickOff, firstMonthEnd, 0) ?? breakAhead(kickOff);
  if (firstMonth) out.push({ code: 'first-month-festival', phase: 'planning', from: kickOff, to: firstMonthEnd, festival: firstMonth });
  const { trainingFrom, trainingTo, goLive } = placePoints(start, points);
  const training = breakOverlapping(trainingFrom, trainingTo, BEFORE_BREAK_DAYS);
  if (training) out.push({ code: 'training-before-festival', phase: 'training', from: trainingFrom, to: trainingTo, festival: training });
  const golive = breakOverlapping(goLive, goLive, BEFORE_BREAK_DAYS);
  if (golive) out.push({ code: 'go-live-near-festival', phase: 'rollout', from: goLive, to: goLive, festival: golive });
  return out;
}

/**
 * The earliest start the advice allows: the day after `start`, and never before `today` when it is
 * known (a start in the past cannot be taken). After a December start, 004's "start once the new
 * year is over" means the Spring Festival (过完年), so not before the break that follows has ended.
 */
function notBefore(start: string, findings: TimingFinding[], today: string | undefined): string {
  const december = findings.find((f) => f.code === 'december-start')?.festival;
  const next = addDays(start, 1);
  const allowed = december && december.end >= next ? addDays(december.end, 1) : next;
  return today && today > allowed ? today : allowed;
}

/**
 * The findings for a start date and, when there are any, the earliest start from `notBefore` on that
 * has none (null when none is found within two years, which the rules above never produce). Only
 * working days are offered: work cannot begin on a day off, and a start on one would name a date
 * nobody acts on (its go-live is the one of the next working day anyway). With `today`, the start
 * offered is never one that has already passed.
 */
export function assessTiming(start: string, points: SchedulePoints, today?: string): TimingAssessment {
  const findings = timingFindings(start, points);
  let suggestedStart: string | null = null;
  if (findings.length) {
    const first = notBefore(start, findings, today);
    for (let d = 0; d <= SEARCH_DAYS; d++) {
      const candidate = addDays(first, d);
      if (isWorkingDay(candidate) && timingFindings(candidate, points).length === 0) { suggestedStart = candidate; break; }
    }
  }
  return { start, findings, suggestedStart };
}

