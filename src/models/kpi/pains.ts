// Business pains a CRM is bought to fix, and the KPIs that show whether it did. The sales, marketing and
// service pains are 002's per-department list; churn and low adoption are the problems 003's cases keep
// returning to. Texts are in src/i18n/tools/kpi.ts under `pain.<id>.*`.

export type PainDepartment = 'sales' | 'marketing' | 'service' | 'management';

export interface Pain {
  id: string;
  department: PainDepartment;
  kpis: readonly string[]; // most telling first
  source: string;
}

export const PAINS: readonly Pain[] = [
  { id: 'scattered-customer-data', department: 'sales', kpis: ['data-entry-accuracy', 'retention-rate', 'active-user-rate'], source: '002' },
  { id: 'opaque-pipeline', department: 'sales', kpis: ['win-rate', 'sales-cycle-days', 'lead-conversion-rate'], source: '002' },
  { id: 'slow-collaboration', department: 'sales', kpis: ['response-time-hours', 'sales-cycle-days', 'task-completion-rate'], source: '002' },
  { id: 'untracked-campaigns', department: 'marketing', kpis: ['campaign-roi', 'cost-per-lead'], source: '002' },
  { id: 'wasted-leads', department: 'marketing', kpis: ['lead-conversion-rate', 'cost-per-lead', 'new-customers'], source: '002' },
  { id: 'slow-service', department: 'service', kpis: ['response-time-hours', 'first-contact-resolution', 'complaint-rate'], source: '002' },
  { id: 'no-customer-view', department: 'service', kpis: ['first-contact-resolution', 'csat', 'cross-sell-rate'], source: '002' },
  { id: 'customer-churn', department: 'management', kpis: ['churn-rate', 'retention-rate', 'customer-lifetime-value'], source: '003' },
  { id: 'low-adoption', department: 'management', kpis: ['active-user-rate', 'data-entry-accuracy'], source: '003' },
];

export const PAIN_DEPARTMENTS: readonly PainDepartment[] = ['sales', 'marketing', 'service', 'management'];

/** The KPIs suggested by a set of pains, each once, in the order the pains list them. */
export function kpisForPains(painIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const pain of PAINS) {
    if (!painIds.includes(pain.id)) continue;
    for (const id of pain.kpis) if (!out.includes(id)) out.push(id);
  }
  return out;
}
