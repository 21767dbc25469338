// What differs between two duration estimates: go-live (likely and 80%), total, the phase that moves
// most, and the calendar findings. Pure: the page formats weeks and dates.
import type { DurationEstimate, PhaseId } from '../duration/types';
import { pair, setDiff, type Pair, type SetDiff } from './pair';

export interface PhaseMove {
  phase: PhaseId;
  a: number;
  b: number;
  /** b minus a, likely weeks */
  delta: number;
}

export interface DurationComparison {
  goLive: Pair<string | null>;
  p80Date: Pair<string | null>;
  likelyWeeks: Pair<number>;
  p80Weeks: Pair<number>;
  /** The phase whose likely length changes most (the first on a tie); null when none changes. */
  mostMoved: PhaseMove | null;
  phases: { phase: PhaseId; weeks: Pair<number> }[];
  /** Timing findings (codes) and the holiday breaks that take working days (ids). */
  findings: SetDiff<string>;
  holidays: SetDiff<string>;
  differs: boolean;
}

function findingCodes(e: DurationEstimate): string[] {
  return (e.timing?.findings ?? []).map((f) => f.code);
}

function holidayIds(e: DurationEstimate): string[] {
  return (e.calendar?.holidays ?? []).map((h) => `${h.id}:${h.start}`);
}

export function compareDurations(a: DurationEstimate, b: DurationEstimate): DurationComparison {
  const phases = a.phases.map((pa) => {
    const pb = b.phases.find((p) => p.id === pa.id);
    return { phase: pa.id, weeks: pair(pa.likelyWeeks, pb?.likelyWeeks ?? 0) };
  });
  let mostMoved: PhaseMove | null = null;
  for (const { phase, weeks } of phases) {
    const delta = weeks.b - weeks.a;
    if (delta !== 0 && (!mostMoved || Math.abs(delta) > Math.abs(mostMoved.delta))) mostMoved = { phase, a: weeks.a, b: weeks.b, delta };
  }
  const out = {
    goLive: pair(a.goLiveDate ?? null, b.goLiveDate ?? null),
    p80Date: pair(a.p80Date ?? null, b.p80Date ?? null),
    likelyWeeks: pair(a.total.likelyWeeks, b.total.likelyWeeks),
    p80Weeks: pair(a.total.p80Weeks, b.total.p80Weeks),
    mostMoved,
    phases,
    findings: setDiff(findingCodes(a), findingCodes(b)),
    holidays: setDiff(holidayIds(a), holidayIds(b)),
  };
  const differs =
    out.goLive.differs || out.p80Date.differs || out.likelyWeeks.differs || out.p80Weeks.differs ||
    mostMoved !== null || out.findings.differs || out.holidays.differs;
  return { ...out, differs };
}
