// The criteria a decision maker scores. Each one traces to the source documents: 002's five dimensions
// (fit, extensibility, integration, cost and cycle, support), 001's trial checklist (features, interface,
// stability, support) and cost levels, 003's selection factors and its data-protection chapter, and 000's
// deployment choices. Their descriptions ("what a 1 and a 5 mean") live in the i18n dictionary.
import type { Criterion, CriterionId } from './types';

export const SOURCE = {
  s000: '000',
  s001: '001',
  s002: '002',
  s003: '003',
} as const;

const src = (...names: string[]) => names.join(', ');

/** Equal weights: the neutral default favours no criterion and so no kind of product. */
export const NEUTRAL_WEIGHT = 10;

export const CRITERIA: readonly Criterion[] = [
  { id: 'process-fit', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s002, SOURCE.s001, SOURCE.s003) },
  { id: 'extensibility', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s002, SOURCE.s003) },
  { id: 'integration', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s002, SOURCE.s001, SOURCE.s003) },
  { id: 'time-to-value', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s002, SOURCE.s000) },
  { id: 'total-cost', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s002, SOURCE.s001) },
  { id: 'vendor-support', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s002, SOURCE.s001, SOURCE.s000, SOURCE.s003) },
  { id: 'usability', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s001, SOURCE.s003) },
  { id: 'security-compliance', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s003, SOURCE.s001) },
  { id: 'local-ecosystem', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s002) },
  { id: 'data-control', defaultWeight: NEUTRAL_WEIGHT, source: src(SOURCE.s000, SOURCE.s003) },
];

const KNOWN = new Set<string>(CRITERIA.map((c) => c.id));

export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === 'string' && KNOWN.has(value);
}

/** Criterion ids in the canonical order, whatever order an object's keys came in. */
export function orderedCriteria(keys: Iterable<string>): CriterionId[] {
  const wanted = new Set(keys);
  return CRITERIA.map((c) => c.id).filter((id) => wanted.has(id));
}
