// Which sentences describe a next action: the tool's own words where a tool raised it (readiness
// actions, estimator warnings), the plan's otherwise.
import type { NextAction } from '@/models/plan';
import type { Text } from './text';

export function actionKeys(a: NextAction): { title: string; text: string } {
  if (a.source === 'readiness' && !a.code.endsWith('-readiness')) return { title: `r.action.${a.code}.title`, text: `r.action.${a.code}.text` };
  if (a.source === 'duration' && !a.code.startsWith('use-') && a.code !== 'set-start-date') {
    return { title: `d.warning.${a.code}.title`, text: `d.warning.${a.code}.action` };
  }
  return { title: `next.${a.code}.title`, text: `next.${a.code}.text` };
}

/** Placeholder values, with ISO dates formatted for the page's locale. */
export function actionVars(a: NextAction, text: Text): Record<string, string | number> {
  const out: Record<string, string | number> = { ...(a.vars ?? {}) };
  for (const name of ['date', 'start', 'end']) if (typeof out[name] === 'string') out[name] = text.date(out[name] as string);
  return out;
}
