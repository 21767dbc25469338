// The estimate the estimator shows. The page is built with the default answers and carries their
// estimate; the model's code (the simulation, the schedule and their tables) is fetched only once the
// saved answers differ from the defaults, or the visitor starts using the page (`fetchEstimator`), so
// a visit that only reads loads none of it.
import type { ReadableAtom } from 'nanostores';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { DurationEstimate, DurationInput } from '@/models/duration/types';
import { atDurationDefaults } from '@/stores/duration';

let estimator: ReadableAtom<DurationEstimate> | undefined;
let fetching: Promise<unknown> | undefined;
const waiting = new Set<() => void>();

/** Fetches the model's code, once; after a failed fetch (offline) the next call tries again. */
export function fetchEstimator(): Promise<unknown> {
  fetching ??= import('@/stores/duration-estimate').then(
    (m) => {
      estimator = m.$durationEstimate;
      for (const arrived of waiting) arrived();
    },
    (error) => {
      fetching = undefined;
      throw error;
    },
  );
  return fetching;
}

/**
 * The estimate for `input` (the saved answers): the build's `built` while they are the defaults and
 * the model has not come, the model's otherwise; null while the model for other answers is on its way.
 */
export function useDurationEstimate(input: DurationInput, built: DurationEstimate): DurationEstimate | null {
  const [, rerender] = useState({});
  const store = estimator;
  useLayoutEffect(() => {
    const arrived = () => rerender({});
    waiting.add(arrived);
    return () => void waiting.delete(arrived);
  }, []);
  useLayoutEffect(() => {
    if (!store) return;
    rerender({});
    return store.listen(() => rerender({}));
  }, [store]);
  const asBuilt = atDurationDefaults(input);
  useLayoutEffect(() => {
    if (!store && !asBuilt) fetchEstimator().catch(() => {});
  }, [store, input]);
  if (store) return store.get();
  return asBuilt ? built : null;
}
