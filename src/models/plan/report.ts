// The whole report from one plan state: each tool's model run on its part, the cross-tool checks and
// the merged next actions. Pure, so the same function renders the build-time example, the visitor's
// own plan and a plan opened from a link.
import { estimateDuration } from '@/models/duration';
import { periodEnd } from '@/models/duration/period-end';
import { computeTco, readLead, scoreMatrix } from '@/models/matrix';
import { QUESTIONS, assessReadiness, validateReadinessAnswers } from '@/models/readiness';
import { evaluateSheet } from '@/models/kpi';
import { findInconsistencies } from './consistency';
import { mergeNextActions } from './next-actions';
import { topRisks } from './risks';
import { usedTools } from './state';
import type { KpiPart, PlanReport, PlanState } from './types';
import { companyContext } from '@/models/profile';

function kpiPart(sheet: NonNullable<PlanState['kpi']>, today: string): KpiPart {
  const rows = evaluateSheet(sheet, today);
  const counts = { total: rows.length, valid: 0, incomplete: 0, yes: 0, stretch: 0, unlikely: 0 };
  for (const row of rows) {
    if (!row.ok) {
      counts.incomplete += 1;
      continue;
    }
    counts.valid += 1;
    counts[row.evaluation.smart.attainable] += 1;
  }
  return { sheet, rows, counts };
}

export function computePlanReport(plan: PlanState, today: string): PlanReport {
  const used = usedTools(plan);
  const readiness = plan.readiness
    ? (() => {
        const checked = validateReadinessAnswers(plan.readiness);
        const answered = QUESTIONS.filter((q) => plan.readiness![q.id] !== undefined).length;
        return { answers: plan.readiness, answered, total: QUESTIONS.length, result: checked.ok ? assessReadiness(checked.value, today, companyContext(plan.profile)) : null };
      })()
    : null;
  const duration = plan.duration
    ? (() => {
        const estimate = estimateDuration(plan.duration);
        const start = plan.duration.startDate;
        return { input: plan.duration, estimate, p80Date: estimate.p80Date ?? (start ? periodEnd(start, estimate.total.p80Weeks) : null) };
      })()
    : null;
  const selection = plan.selection
    ? (() => {
        const matrix = scoreMatrix(plan.selection.matrix);
        const state = plan.selection;
        return {
          state,
          matrix,
          tco: computeTco(state.tco),
          lead: readLead(state.preset, state.matrix, matrix),
          ahead: matrix.winner,
        };
      })()
    : null;
  const kpi = plan.kpi ? kpiPart(plan.kpi, today) : null;
  const issues = findInconsistencies(plan);
  const partial = { used, readiness, duration, selection, kpi, issues };
  const actions = mergeNextActions(partial);
  return { today, ...partial, actions, risks: topRisks(actions) };
}

/** What a file or link holds, for the confirmation before it replaces the visitor's data. */
export interface PlanContents {
  companyName: string;
  readiness: { answered: number; total: number } | null;
  duration: { startDate: string | null } | null;
  selection: { options: number } | null;
  kpi: { rows: number } | null;
}

export function describePlan(plan: PlanState): PlanContents {
  return {
    companyName: plan.profile.companyName,
    readiness: plan.readiness ? { answered: QUESTIONS.filter((q) => plan.readiness![q.id] !== undefined).length, total: QUESTIONS.length } : null,
    duration: plan.duration ? { startDate: plan.duration.startDate ?? null } : null,
    selection: plan.selection ? { options: plan.selection.matrix.options.length } : null,
    kpi: plan.kpi ? { rows: plan.kpi.rows.length } : null,
  };
}
