import { $planState, applyPlan, readPlanLink } from '../plan';
import { readPlanState, toolStatesOf, type PlanState } from '@/models/plan';
import { companyFactsOf } from '@/models/profile/company-facts';
import { RESULT_STEP } from '../readiness';
import { durationAdapter } from './duration';
import { selectionAdapter } from './selection';
import { kpiAdapter } from './kpi';
import { readinessAdapter } from './readiness';
import type { ToolAdapter } from './types';

export const parsePlan = (raw: unknown): PlanState | null => {
  try {
    const r = readPlanState(raw);
    return r.ok ? r.value : null;
  } catch {
    return null;
  }
};

export const planAdapter: ToolAdapter<PlanState> = {
  tool: 'plan',
  readLink: async (hash) => {
    const read = await readPlanLink(hash);
    if (read.status === 'ok') return { status: 'ok', value: read.plan };
    if (read.status === 'absent') return { status: 'absent' };
    return { status: 'invalid', reason: read.reason };
  },
  get: () => $planState.get(),
  set: applyPlan,
  parse: parsePlan,
  // The plan compares tool by tool, with each tool's own comparison (a tool not used counts as its defaults).
  compare: (a, b, today, page) => {
    const sa = toolStatesOf(a);
    const sb = toolStatesOf(b);
    // Judged as the plan's report judges it: for the plan's own company, without the estimator
    // answers saved in this browser (a plan carries its own), which a state with a company means.
    const ready = (plan: PlanState) => ({ version: 1 as const, answers: plan.readiness ?? {}, step: RESULT_STEP, company: companyFactsOf(plan.profile) });
    return [
      ...readinessAdapter.compare(ready(a), ready(b), today, page),
      ...durationAdapter.compare(sa.duration, sb.duration, today, page),
      ...selectionAdapter.compare(sa.selection, sb.selection, today, page),
      ...kpiAdapter.compare(sa.kpi, sb.kpi, today, page),
    ];
  },
};
