import { daysBetween, type HolidayInPeriod } from '@/models/calendar';
import type { DurationEstimate, PhaseId } from './types';

export interface BarLayout {
  id: PhaseId;
  /** Weeks from the start: where the bar starts, where the likely phase ends, where the pessimistic one would. */
  from: number;
  likelyEnd: number;
  highEnd: number;
}

export interface HolidayBand extends HolidayInPeriod {
  /** Weeks from the start: where the band begins and ends. */
  from: number;
  to: number;
}

export interface ChartLayout {
  bars: BarLayout[];
  /** With dates: the public holidays inside the schedule that take working days, as bands. */
  holidays: HolidayBand[];
  goLive: number;
  firstRelease?: number;
  /** The furthest point drawn, in weeks. */
  maxWeeks: number;
}

/**
 * Where a schedule chart draws each phase, in weeks from the start. With dates, on calendar time:
 * a phase a public holiday stretches is drawn longer, as its dates say. Without, on weeks of work.
 * The estimator's chart and the plan's draw from this one layout.
 */
export function chartLayout(estimate: DurationEstimate, startDate?: string): ChartLayout {
  const dated = Boolean(startDate && estimate.goLiveDate);
  const weeksTo = (date: string, inclusive = true) => (daysBetween(startDate!, date) + (inclusive ? 1 : 0)) / 7;
  const bars = estimate.phases.map((p) => {
    const from = dated && p.startDate ? weeksTo(p.startDate, false) : p.startWeek;
    const likelyEnd = dated && p.endDate ? weeksTo(p.endDate) : p.startWeek + p.likelyWeeks;
    return { id: p.id, from, likelyEnd, highEnd: likelyEnd + Math.max(0, p.highWeeks - p.likelyWeeks) };
  });
  const goLive = dated ? weeksTo(estimate.goLiveDate!) : estimate.total.likelyWeeks;
  const firstRelease =
    estimate.firstReleaseWeeks === undefined ? undefined : dated && estimate.firstReleaseDate ? weeksTo(estimate.firstReleaseDate) : estimate.firstReleaseWeeks;
  const holidays = dated
    ? (estimate.calendar?.holidays ?? []).map((h) => ({ ...h, from: weeksTo(h.start, false), to: weeksTo(h.end) }))
    : [];
  return { bars, holidays, goLive, ...(firstRelease !== undefined ? { firstRelease } : {}), maxWeeks: Math.max(goLive, ...bars.map((b) => b.highEnd)) };
}
