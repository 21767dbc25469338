// Where the Gantt chart puts things, in pixels, at the width it is drawn: the time scale, the axis
// ticks, and labels placed so they stay inside the chart and do not run into each other. Pure.
import { WEEKS_PER_MONTH } from '@/models/duration/defaults';
import type { DurationEstimate } from '@/models/duration/types';
import { approxWidth, calendarTicks, chartLayout, monthStep, type ChartLayout, type HolidayBand, type Tick } from '@/models/duration/chart-layout';
import type { Text } from './text';

export const ROW = 44;
export const TOP = 8;
export const AXIS = 34;
export const PAD_X = 10;
const HOLIDAY_ROW = 16;


/** Month numbers from the start: a line at every step, labelled from month 1. */
function plainTicks(totalMonths: number, step: number, text: Text): Tick[] {
  const out: Tick[] = [];
  for (let m = 0; m <= totalMonths; m += step) out.push({ weeks: m * WEEKS_PER_MONTH, label: m === 0 ? '' : text.t('chart.month', { n: m }) });
  return out;
}

export interface GanttGeometry {
  layout: ChartLayout;
  width: number;
  height: number;
  /** Where the bars begin (below the holiday names, when there are any). */
  top: number;
  x: (weeks: number) => number;
  ticks: Tick[];
  bands: { h: HolidayBand; x0: number; x1: number }[];
  /** Holiday names above their bands: centre and half the name's width. */
  bandLabels: { key: string; x: number; half: number; name: string }[];
}

export function ganttGeometry(estimate: DurationEstimate, startDate: string | undefined, width: number, text: Text): GanttGeometry {
  const { t } = text;
  // With a start date the chart is drawn on calendar time: phases stretched by a holiday are drawn
  // longer, and the holiday shows as a band. Without one, on weeks of work from the start.
  const dated = Boolean(startDate && estimate.goLiveDate);
  const layout = chartLayout(estimate, startDate);
  const totalMonths = Math.ceil(layout.maxWeeks / WEEKS_PER_MONTH);
  const scaleMax = totalMonths * WEEKS_PER_MONTH;
  const x = (weeks: number) => PAD_X + (Math.min(weeks, scaleMax) / scaleMax) * (width - 2 * PAD_X);
  // A row above the bars names the holidays, when there are any to name.
  const top = TOP + (dated && (estimate.calendar?.holidays.length ?? 0) > 0 ? HOLIDAY_ROW : 0);
  const height = top + estimate.phases.length * ROW + AXIS;
  // A month step that keeps tick labels from crowding.
  const step = monthStep(totalMonths, Math.max(1, Math.floor((width - 2 * PAD_X) / (startDate ? 64 : 44))));
  const ticks = startDate
    ? calendarTicks(startDate, scaleMax, step, (date, withYear) => (withYear ? text.monthYear(date) : text.month(date)))
    : plainTicks(totalMonths, step, text);
  const bands = layout.holidays.map((h) => ({ h, x0: x(h.from), x1: x(h.to) })).filter((b) => b.x1 > b.x0);
  // Each name centred over its band, left out where it would run into another label (all are in the note).
  const taken: [number, number][] = [];
  if (layout.firstRelease !== undefined) taken.push([x(layout.firstRelease), x(layout.firstRelease) + 6 + approxWidth(t('chart.firstRelease'))]);
  const bandLabels: GanttGeometry['bandLabels'] = [];
  for (const { h, x0, x1 } of bands) {
    const name = t(`holiday.${h.id}`);
    const half = (approxWidth(name) * (11 / 12)) / 2;
    const cx = Math.min(Math.max((x0 + x1) / 2, PAD_X + half), width - PAD_X - half);
    if (taken.some(([a, b]) => cx - half - 4 < b && cx + half + 4 > a)) continue;
    taken.push([cx - half, cx + half]);
    bandLabels.push({ key: `${h.id}-${h.start}`, x: cx, half, name });
  }
  return { layout, width, height, top, x, ticks, bands, bandLabels };
}

/** Tick labels near either edge are aligned to stay inside the chart. */
export function tickAnchor(at: number, label: string, width: number): 'start' | 'middle' | 'end' {
  const half = approxWidth(label) / 2;
  return at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
}

/** Where a label of this text fits: after the bar's start, before its end, or against the right edge. */
export function labelPlacement(label: string, x0: number, x1: number, width: number): { x: number; anchor: 'start' | 'end' } {
  const w = approxWidth(label);
  if (x0 + w <= width - PAD_X) return { x: x0, anchor: 'start' };
  if (x1 - w >= PAD_X) return { x: x1, anchor: 'end' };
  return { x: width - PAD_X, anchor: 'end' };
}
