/**
 * Timing warnings from source 004: training just before the Spring Festival break is forgotten
 * over the 10-15 days off, and December is a poor month for a project (attention drifts, sales
 * staff are out visiting clients). We check the training-and-pilot phase and the rollout, which
 * ends at go-live.
 */
import { addDays, rangesOverlap, springFestivalsNear } from '@/models/calendar';
import type { DurationWarning, PhaseId } from './types';

/** Days around the festival break in which training or go-live is still flagged (issue 4). */
export const FESTIVAL_MARGIN_DAYS = 14;

function touchesDecember(start: string, end: string): boolean {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  for (let y = first; y <= last; y++) {
    if (rangesOverlap(start, end, `${y}-12-01`, `${y}-12-31`)) return true;
  }
  return false;
}

function nearSpringFestival(start: string, end: string): boolean {
  try {
    return springFestivalsNear(start, end, FESTIVAL_MARGIN_DAYS).length > 0;
  } catch {
    // A runtime without the Chinese calendar: no festival warning rather than a broken page.
    return false;
  }
}

export function calendarWarnings(periods: { phase: PhaseId; start: string; end: string }[]): DurationWarning[] {
  const out: DurationWarning[] = [];
  for (const p of periods) {
    if (touchesDecember(p.start, p.end)) out.push({ code: 'year-end', phase: p.phase });
  }
  for (const p of periods) {
    if (nearSpringFestival(p.start, p.end)) out.push({ code: 'spring-festival', phase: p.phase });
  }
  return out;
}

/** Inclusive last day of a period that starts on `start` and lasts `weeks`. */
export function periodEnd(start: string, weeks: number): string {
  return addDays(start, Math.max(0, Math.round(weeks * 7) - 1));
}
