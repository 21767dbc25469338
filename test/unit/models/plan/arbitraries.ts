// Random plan states for the property tests: every part either absent (null) or a valid state of its
// tool, with Chinese and hostile-looking text where the visitor can type.
import fc from 'fast-check';
import { COMPANY_SIZES, DEPLOYMENTS, PLATFORMS, type DurationInput, type Level } from '@/models/duration';
import { CURRENT_TOOLS } from '@/models/profile';
import { CRITERIA, PRESET_IDS, parseSelectionState, type SelectionState } from '@/models/matrix';
import { QUESTIONS, type ReadinessAnswers } from '@/models/readiness';
import { KPI_CATALOG, PAINS, REVIEW_CADENCES, type KpiSheet } from '@/models/kpi';
import { normalisePlan, type PlanState } from '@/models/plan';
import type { Profile } from '@/models/profile';

const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Text a visitor might type: Chinese, markup, quotes, prototype keys. */
export const typed = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.constantFrom('华东精密制造有限公司', '<script>alert(1)</script>', '"quoted" & \'single\'', '__proto__', '销售部 王经理'),
  );

export const profile: fc.Arbitrary<Profile> = fc.record({
  version: fc.constant(1 as const),
  companyName: typed(120),
  companySize: fc.option(fc.constantFrom(...COMPANY_SIZES), { nil: null }),
  industry: typed(120),
  employees: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: null }),
  plannedStart: fc.option(isoDate, { nil: null }),
  currentTools: fc.subarray([...CURRENT_TOOLS]),
});

export const readinessAnswers: fc.Arbitrary<Partial<ReadinessAnswers>> = fc
  .tuple(
    ...QUESTIONS.map((q) => fc.option(fc.constantFrom(...q.options.map((o) => o.value as string)), { nil: undefined })),
    fc.option(isoDate, { nil: undefined }),
  )
  .map((values) => {
    const out: Record<string, string> = {};
    QUESTIONS.forEach((q, i) => {
      if (values[i] !== undefined) out[q.id] = values[i]!;
    });
    const date = values[QUESTIONS.length];
    if (date !== undefined) out.plannedStart = date;
    return out as Partial<ReadinessAnswers>;
  });

const level = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Level>;

export const durationInput: fc.Arbitrary<DurationInput> = fc
  .record({
    companySize: fc.constantFrom(...COMPANY_SIZES),
    complexity: level,
    digitalMaturity: level,
    vendorSupport: level,
    internalCommitment: level,
    deployment: fc.constantFrom(...DEPLOYMENTS),
    platform: fc.constantFrom(...PLATFORMS),
    integrations: fc.integer({ min: 0, max: 20 }),
    switchingVendor: fc.boolean(),
    agile: fc.boolean(),
    expanding: fc.boolean(),
    keyStaffTurnover: fc.boolean(),
    startDate: fc.option(isoDate, { nil: undefined }),
  })
  .map(({ startDate, ...rest }) => (startDate ? { ...rest, startDate } : rest));

const score = fc.integer({ min: 1, max: 5 });

export const selectionState: fc.Arbitrary<SelectionState> = fc
  .record({
    preset: fc.constantFrom(...PRESET_IDS),
    weights: fc.tuple(...CRITERIA.map(() => fc.integer({ min: 0, max: 40 }))),
    options: fc.array(
      fc.record({
        label: fc.option(fc.oneof(fc.constantFrom('纷享销客', 'Zoho CRM', 'Custom build'), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0)), { nil: undefined }),
        scores: fc.tuple(...CRITERIA.map(() => score)),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    users: fc.integer({ min: 1, max: 5000 }),
    years: fc.integer({ min: 1, max: 5 }),
    license: fc.integer({ min: 0, max: 1000 }),
  })
  .map((r) => {
    const weights = Object.fromEntries(CRITERIA.map((c, i) => [c.id, r.weights[i]! || (i === 0 ? 1 : 0)]));
    const ids = ['saas', 'lowcode', 'option-3', 'option-4', 'option-5', 'option-6'];
    const options = r.options.map((o, i) => ({
      id: ids[i]!,
      ...(o.label !== undefined ? { label: o.label } : {}),
      scores: Object.fromEntries(CRITERIA.map((c, j) => [c.id, o.scores[j]!])),
    }));
    const tco = {
      users: r.users,
      years: r.years,
      options: options.map((o) => ({ id: o.id, licensePerUserPerMonth: r.license, implementation: 10_000, annualMaintenance: 1_000, trainingPerUser: 100 })),
    };
    return parseSelectionState({ preset: r.preset, matrix: { weights, options }, tco });
  })
  .filter((s): s is SelectionState => s !== null);

export const kpiSheet: fc.Arbitrary<KpiSheet> = fc
  .record({
    pains: fc.subarray(PAINS.map((p) => p.id)),
    rows: fc.array(
      fc.record({
        kpiId: fc.constantFrom(...KPI_CATALOG.map((k) => k.id)),
        baseline: fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), fc.constantFrom('', 'abc', '12.5')),
        target: fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), fc.constant('')),
        deadline: fc.oneof(isoDate, fc.constant('')),
        owner: typed(60),
        dataSource: typed(60),
        goal: typed(60),
        cadence: fc.constantFrom(...REVIEW_CADENCES),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ pains, rows }) => ({ pains, customKpis: [], rows: rows.map((r, i) => ({ uid: `row-${i}`, ...r })) }));

export const planState: fc.Arbitrary<PlanState> = fc
  .record({
    profile,
    readiness: fc.option(readinessAnswers, { nil: null }),
    duration: fc.option(durationInput, { nil: null }),
    selection: fc.option(selectionState, { nil: null }),
    kpi: fc.option(kpiSheet, { nil: null }),
  })
  .map(normalisePlan);
