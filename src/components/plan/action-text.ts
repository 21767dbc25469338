// Which sentences describe a next action: the tool's own words where a tool raised it (readiness
// actions, estimator warnings), the plan's otherwise.
import type { NextAction } from '@/models/plan';
import type { Text } from './text';

export function actionKeys(a: NextAction): { title: string; text: string } {
  if (a.source === 'readiness' && !a.code.endsWith('-readiness')) return { title: `r.action.${a.code}.title`, text: `r.action.${a.code}.text` };
  if (isWarning(a)) return { title: `d.warning.${a.code}.title`, text: `d.warning.${a.code}.action` };
  return { title: `next.${a.code}.title`, text: `next.${a.code}.text` };
}

/** An estimator warning: its title names what could go wrong, not what to do about it. */
const isWarning = (a: NextAction) => a.source === 'duration' && !a.code.startsWith('use-') && a.code !== 'set-start-date';

/** Placeholder values, with ISO dates formatted for the page's locale. */
export function actionVars(a: NextAction, text: Text): Record<string, string | number> {
  const out: Record<string, string | number> = { ...(a.vars ?? {}) };
  for (const name of ['date', 'start', 'end']) if (typeof out[name] === 'string') out[name] = text.date(out[name] as string);
  return out;
}

/**
 * One row of the brief's risk table: what could go wrong, in the estimator's own words where it raised
 * it, and the action that answers it. A warning's title is the risk, so its action is the plan's
 * short imperative for it; the full advice is in the next actions.
 */
export function riskRow(a: NextAction, text: Text): { risk: string; action: string } {
  const vars = actionVars(a, text);
  if (isWarning(a)) return { risk: text.t(`d.warning.${a.code}.title`, vars), action: text.t(`riskAction.${a.code}`, vars) };
  return { risk: text.tn(`risk.${a.code}`, typeof a.vars?.n === 'number' ? a.vars.n : 0, vars), action: text.t(actionKeys(a).title, vars) };
}
