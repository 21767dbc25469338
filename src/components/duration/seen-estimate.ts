// The estimate as seen on the visitor's today. The model's estimate is the same on any day (links,
// scenarios and exports rely on that); a planned start that has already passed is the one thing today
// changes: a start before today is no use either, so the start offered instead is searched from today.
import { placePoints } from '@/models/timing';
import { timingSeenOn } from '@/models/timing/seen-on';
import type { DurationEstimate } from '@/models/duration';

/** `estimate` with its suggested start (and that start's go-live) never before `today`. */
export function estimateSeenOn(estimate: DurationEstimate, today: string): DurationEstimate {
  if (!estimate.timing) return estimate;
  const { inPast, ...timing } = timingSeenOn(estimate.timing, estimate.points, today);
  if (!inPast) return estimate;
  const { suggestedGoLiveDate: _old, ...rest } = estimate;
  const start = timing.suggestedStart;
  return start ? { ...rest, timing, suggestedGoLiveDate: placePoints(start, estimate.points).goLive } : { ...rest, timing };
}
