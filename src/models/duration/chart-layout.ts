import { addMonths, daysBetween, type HolidayInPeriod } from '@/models/calendar';
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
  /** With dates: the public holidays inside the schedule that take working days, as bands clipped to it. */
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
  // A holiday can begin before the start (a project started on its last day) or, in principle, run
  // past go-live: its band is drawn only where it meets the schedule, never off the chart's left edge.
  const holidays = dated
    ? (estimate.calendar?.holidays ?? []).map((h) => ({ ...h, from: Math.max(0, weeksTo(h.start, false)), to: Math.min(goLive, weeksTo(h.end)) }))
    : [];
  return { bars, holidays, goLive, ...(firstRelease !== undefined ? { firstRelease } : {}), maxWeeks: Math.max(goLive, ...bars.map((b) => b.highEnd)) };
}

/** The month step between ticks that keeps at most `fit` of them over `totalMonths`: 1, 2, 3, 6 or 12 months. */
export function monthStep(totalMonths: number, fit: number): number {
  return [1, 2, 3, 6, 12].find((s) => totalMonths / s <= fit) ?? 12;
}

export interface Tick {
  /** Weeks from the start. */
  weeks: number;
  label: string;
}

/**
 * A schedule chart's calendar axis: the first of every `step`-th month from the start (or the month
 * after), up to `maxWeeks`. `label` names each date (YYYY-MM-DD); `withYear` on the first tick and on
 * January, where the label should name the year too.
 */
export function calendarTicks(startDate: string, maxWeeks: number, step: number, label: (date: string, withYear: boolean) => string): Tick[] {
  const out: Tick[] = [];
  const first = startDate.endsWith('-01') ? startDate : addMonths(`${startDate.slice(0, 7)}-01`, 1);
  for (let i = 0; ; i += step) {
    const date = addMonths(first, i);
    const weeks = daysBetween(startDate, date) / 7;
    if (weeks > maxWeeks) break;
    out.push({ weeks, label: label(date, i === 0 || date.slice(5, 7) === '01') });
  }
  return out;
}

/** Rough rendered width of a 12px label: CJK characters are about square, Latin about half as wide. */
export function approxWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u2e80-\uffef]/.test(ch) ? 12.5 : 6.6;
  return w;
}

/** A label's extent on the chart, in the chart's own units. */
export interface LabelBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The pieces of a vertical line at `x`, from `top` down to `bottom`, that pass through none of the
 * labels: the go-live line stops short of a phase label it would otherwise strike through and goes on
 * below it. `gap` keeps the line that far clear of each label.
 */
export function lineAroundLabels(x: number, top: number, bottom: number, labels: readonly LabelBox[], gap = 3): [number, number][] {
  const cuts = labels
    .filter((l) => x >= l.left - gap && x <= l.right + gap)
    .map((l): [number, number] => [l.top - gap, l.bottom + gap])
    .sort((a, b) => a[0] - b[0]);
  const pieces: [number, number][] = [];
  let from = top;
  for (const [cutTop, cutBottom] of cuts) {
    if (cutTop > from) pieces.push([from, Math.min(cutTop, bottom)]);
    from = Math.max(from, cutBottom);
  }
  if (from < bottom) pieces.push([from, bottom]);
  return pieces.filter(([a, b]) => b > a);
}
