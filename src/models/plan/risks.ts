// The brief's three most important risks: the first entries of the merged next actions (already
// ordered by what blocks the project first) that answer a risk, rather than invite the visitor to
// use or finish a tool or confirm a choice already made.
import type { NextAction } from './types';

export const MAX_RISKS = 3;

/** Prompts to use a tool and routine confirmations: useful next steps, but no risk to a board. */
const NOT_RISKS: ReadonlySet<string> = new Set(['use-readiness', 'finish-readiness', 'use-duration', 'use-selection', 'confirm-with-trial']);

/** Whether an action answers a risk. Priority 3 (next steps for any project) never does. */
export const isRisk = (a: NextAction): boolean => a.priority <= 2 && !NOT_RISKS.has(a.code);

export function topRisks(actions: readonly NextAction[], max = MAX_RISKS): NextAction[] {
  return actions.filter(isRisk).slice(0, max);
}
