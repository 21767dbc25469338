// A KPI's SMART check in the plan's words, grouped the way the KPI builder shows its badges: a letter
// is met, only a stretch (attainable, but with effort), or not met. The plan never counts a stretch as
// met, so its sentence cannot say "all five met" next to the builder's "a stretch".
import type { KpiEvaluation } from '@/models/kpi';

export const SMART_LETTERS = ['specific', 'measurable', 'attainable', 'relevant', 'timeBound'] as const;
export type SmartLetter = (typeof SMART_LETTERS)[number];

export interface SmartCheck {
  met: SmartLetter[];
  stretch: SmartLetter[];
  notMet: SmartLetter[];
}

export function smartCheck(smart: KpiEvaluation['smart']): SmartCheck {
  const out: SmartCheck = { met: [], stretch: [], notMet: [] };
  for (const letter of SMART_LETTERS) {
    const value = smart[letter];
    if (value === true || value === 'yes') out.met.push(letter);
    else if (value === 'stretch') out.stretch.push(letter);
    else out.notMet.push(letter);
  }
  return out;
}
