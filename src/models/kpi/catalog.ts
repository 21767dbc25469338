import type { KpiCategory, KpiDefinition, KpiUnit } from './types';

// The KPI catalog: only measurable facts (unit, direction, bounds, the sources' example targets).
// Names, definitions and formulas in both languages are in src/i18n/tools/kpi.ts under `kpi.<id>.*`;
// keeping them there leaves this file free of UI text and lets the island ship one locale only.

const RATE = { unit: 'percent', min: 0, max: 100 } as const; // a share of a population: 0-100 %
const LOWER_BOUND_ZERO = { min: 0 } as const; // durations, money and counts cannot go below zero

export const KPI_CATALOG: readonly KpiDefinition[] = [
  // Sales: 002's table gives the example targets; 001 lists new customers and sales growth.
  { id: 'lead-conversion-rate', category: 'sales', direction: 'increase', ...RATE, exampleTarget: { relative: 0.15 }, source: '002', typicalHorizon: 'mid' },
  { id: 'win-rate', category: 'sales', direction: 'increase', ...RATE, exampleTarget: { relative: 0.1 }, source: '002', typicalHorizon: 'mid' },
  { id: 'sales-cycle-days', category: 'sales', unit: 'days', direction: 'decrease', ...LOWER_BOUND_ZERO, exampleTarget: { days: -10 }, source: '002', typicalHorizon: 'mid' },
  { id: 'average-order-value', category: 'sales', unit: 'currency', direction: 'increase', ...LOWER_BOUND_ZERO, exampleTarget: { relative: 0.05 }, source: '002', typicalHorizon: 'mid' },
  { id: 'new-customers', category: 'sales', unit: 'count', direction: 'increase', ...LOWER_BOUND_ZERO, source: '001', typicalHorizon: 'mid' },
  // A growth rate can fall to -100 % but has no ceiling.
  { id: 'sales-growth-rate', category: 'sales', unit: 'percent', direction: 'increase', min: -100, source: '001', typicalHorizon: 'long' },
  // Service: FCR, CSAT and NPS targets are 002's; complaint rate is 003's online-education case.
  { id: 'first-contact-resolution', category: 'service', direction: 'increase', ...RATE, exampleTarget: { absolute: 85 }, source: '002', typicalHorizon: 'mid' },
  { id: 'csat', category: 'service', direction: 'increase', ...RATE, exampleTarget: { relative: 0.15 }, source: '002', typicalHorizon: 'long' },
  { id: 'nps', category: 'service', unit: 'score', direction: 'increase', min: -100, max: 100, exampleTarget: { relative: 0.2 }, source: '002', typicalHorizon: 'long' },
  { id: 'complaint-rate', category: 'service', direction: 'decrease', ...RATE, source: '003', typicalHorizon: 'mid' },
  // Operations: 001's efficiency measures.
  { id: 'response-time-hours', category: 'operations', unit: 'hours', direction: 'decrease', ...LOWER_BOUND_ZERO, source: '001', typicalHorizon: 'short' },
  { id: 'task-completion-rate', category: 'operations', direction: 'increase', ...RATE, source: '001', typicalHorizon: 'short' },
  // Relationship: 001 lists retention and cross/upsell; 003 gives "cut churn by 10 % this fiscal year".
  { id: 'retention-rate', category: 'relationship', direction: 'increase', ...RATE, source: '001', typicalHorizon: 'long' },
  { id: 'churn-rate', category: 'relationship', direction: 'decrease', ...RATE, exampleTarget: { relative: -0.1 }, source: '003', typicalHorizon: 'long' },
  { id: 'cross-sell-rate', category: 'relationship', direction: 'increase', ...RATE, source: '001', typicalHorizon: 'mid' },
  // Marketing: 002's targets. Campaign ROI is a ratio that can exceed 100 % and fall to -100 %.
  { id: 'campaign-roi', category: 'marketing', unit: 'percent', direction: 'increase', min: -100, exampleTarget: { relative: 0.3 }, source: '002', typicalHorizon: 'mid' },
  { id: 'cost-per-lead', category: 'marketing', unit: 'currency', direction: 'decrease', ...LOWER_BOUND_ZERO, exampleTarget: { relative: -0.2 }, source: '002', typicalHorizon: 'mid' },
  { id: 'customer-lifetime-value', category: 'marketing', unit: 'currency', direction: 'increase', ...LOWER_BOUND_ZERO, exampleTarget: { relative: 0.1 }, source: '002', typicalHorizon: 'long' },
  // Adoption: 003's early goals after go-live (data-entry accuracy, system proficiency).
  { id: 'data-entry-accuracy', category: 'adoption', direction: 'increase', ...RATE, source: '003', typicalHorizon: 'short' },
  { id: 'active-user-rate', category: 'adoption', direction: 'increase', ...RATE, source: '003', typicalHorizon: 'short' },
];

export const KPI_CATEGORIES: readonly KpiCategory[] = ['sales', 'marketing', 'service', 'relationship', 'operations', 'adoption'];
export const KPI_UNITS: readonly KpiUnit[] = ['percent', 'score', 'days', 'hours', 'currency', 'count'];

const BY_ID = new Map(KPI_CATALOG.map((d) => [d.id, d]));

/** Looks an id up in the catalog, then in the visitor's custom KPIs. */
export function findKpi(id: string, extra: readonly KpiDefinition[] = []): KpiDefinition | undefined {
  return BY_ID.get(id) ?? extra.find((d) => d.id === id);
}

/** Default bounds for a custom KPI of a given unit: rates 0-100, scores unbounded, the rest >= 0. */
export function boundsForUnit(unit: KpiUnit): { min?: number; max?: number } {
  if (unit === 'percent') return { min: 0, max: 100 };
  if (unit === 'score') return {};
  return { min: 0 };
}
