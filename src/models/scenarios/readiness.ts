// What differs between two readiness results: the verdict (and score), the red flags and the
// recommended actions. A side with unanswered questions has no result (null).
import type { ReadinessResult, Verdict } from '../readiness/types';
import { pair, setDiff, type Pair, type SetDiff } from './pair';

export interface ReadinessComparison {
  verdict: Pair<Verdict | null>;
  score: Pair<number | null>;
  flags: SetDiff<string>;
  actions: SetDiff<string>;
  differs: boolean;
}

export function compareReadiness(a: ReadinessResult | null, b: ReadinessResult | null): ReadinessComparison {
  const verdict = pair(a?.verdict ?? null, b?.verdict ?? null);
  const score = pair(a?.score ?? null, b?.score ?? null);
  const flags = setDiff((a?.redFlags ?? []).map((f) => f.code), (b?.redFlags ?? []).map((f) => f.code));
  const actions = setDiff((a?.actions ?? []).map((x) => x.code), (b?.actions ?? []).map((x) => x.code));
  return { verdict, score, flags, actions, differs: verdict.differs || score.differs || flags.differs || actions.differs };
}
