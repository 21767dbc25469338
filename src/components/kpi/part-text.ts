// Words only the catalog and the row editor use (they load when the visitor reaches them, with
// KpiLaterParts): an example target in words, and the most precise sentence for an error.
import type { KpiDefinition, KpiError } from '@/models/kpi';
import { MAX_DEADLINE_YEARS, MAX_TEXT_LENGTH } from '@/models/kpi';
import type { Text } from './text';

/** The sources' example target in words: "+15%", "reach 85%", "10 days shorter". */
export function exampleTargetText({ t, num, valueText }: Text, def: KpiDefinition): string | null {
  const ex = def.exampleTarget;
  if (!ex) return null;
  if (ex.absolute !== undefined) return t('exampleTarget.reach', { value: valueText(def.unit, ex.absolute) });
  if (ex.days !== undefined) return t('exampleTarget.days', { value: num(Math.abs(ex.days), 0) });
  if (ex.relative !== undefined) return t(ex.relative >= 0 ? 'exampleTarget.up' : 'exampleTarget.down', { value: num(Math.abs(ex.relative) * 100, 0) });
  return null;
}

/** The most precise sentence for an error: bounds and the baseline where they help. */
export function errorText({ t, dyn, num }: Text, { code, field }: KpiError, def: KpiDefinition | undefined, baseline: string): string {
  if (code === 'out-of-range') {
    if (field === 'deadline') return t('error.out-of-range.deadline', { years: MAX_DEADLINE_YEARS });
    if (def?.min !== undefined && def.max !== undefined) return t('error.out-of-range.between', { min: num(def.min), max: num(def.max) });
    if (def?.min !== undefined) return t('error.out-of-range.atLeast', { min: num(def.min) });
  }
  if (code === 'wrong-direction' && def) {
    return t(def.direction === 'increase' ? 'error.wrong-direction.increase' : 'error.wrong-direction.decrease', { baseline: baseline.trim() });
  }
  if (code === 'too-long') return t('error.too-long', { max: MAX_TEXT_LENGTH });
  return dyn(`error.${code}`, code);
}
