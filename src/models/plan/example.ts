// The example plan rendered at build time (readers without JavaScript, search engines) and shown on
// request: a medium-sized company whose answers agree across tools. Dates are fixed, not the build
// day's, so every build renders the same page.
import { DEFAULT_DURATION_INPUT } from '@/models/duration';
import { applyPreset, alignTco, DEFAULT_SELECTION_STATE, PLACEHOLDER_PRICES, type SelectionState } from '@/models/matrix';
import { EXAMPLE_ANSWERS } from '@/models/readiness';
import { exampleSheet, type ExampleTextKey } from '@/models/kpi';
import type { PlanState } from './types';

export const EXAMPLE_TODAY = '2026-03-02';
export const EXAMPLE_START = '2026-04-07';

function exampleSelection(): SelectionState {
  const matrix = applyPreset(DEFAULT_SELECTION_STATE.matrix, 'small-standard');
  const tco = alignTco({ ...DEFAULT_SELECTION_STATE.tco, users: 40 }, matrix);
  // Illustrative prices in the visitor's currency: a subscription product against a platform with more set-up work.
  tco.options = tco.options.map((o) =>
    o.id === 'saas'
      ? { ...o, licensePerUserPerMonth: 200, implementation: 60_000, annualMaintenance: 0, trainingPerUser: 400 }
      : o.id === 'lowcode'
        ? { ...o, licensePerUserPerMonth: 120, implementation: 150_000, annualMaintenance: 20_000, trainingPerUser: PLACEHOLDER_PRICES.trainingPerUser }
        : o,
  );
  return { preset: 'small-standard', matrix, tco };
}

/** The KPI builder's example sheet, with the adoption goal due after the example's go-live. */
function exampleKpis(text: (key: ExampleTextKey) => string) {
  const sheet = exampleSheet(EXAMPLE_TODAY, text);
  return { ...sheet, rows: sheet.rows.map((row) => (row.kpiId === 'data-entry-accuracy' ? { ...row, deadline: '2026-12-31' } : row)) };
}

export function examplePlan(text: { companyName: string; industry: string; kpi: (key: ExampleTextKey) => string }): PlanState {
  return {
    profile: {
      version: 1,
      companyName: text.companyName,
      companySize: 'medium',
      industry: text.industry,
      employees: 240,
      currentTools: ['spreadsheets', 'chat', 'erp'],
      plannedStart: EXAMPLE_START,
    },
    readiness: { ...EXAMPLE_ANSWERS, plannedStart: EXAMPLE_START },
    // Commitment 4 is what the readiness answers give (active sponsor, cross-functional team, part-time key users).
    duration: { ...DEFAULT_DURATION_INPUT, internalCommitment: 4, integrations: 3, agile: true, startDate: EXAMPLE_START },
    selection: exampleSelection(),
    kpi: exampleKpis(text.kpi),
  };
}
