import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPreset, DEFAULT_SELECTION_STATE, parseSelectionState, type SelectionState } from '@/models/matrix';
import { findInconsistencies, type IssueCode, type PlanState } from '@/models/plan';
import { EXAMPLE } from './fixtures';
import { planState } from './arbitraries';

const codes = (plan: PlanState) => findInconsistencies(plan).map((i) => `${i.kind}:${i.code}`);
const with_ = (patch: (p: PlanState) => PlanState) => patch(structuredClone(EXAMPLE));

function lowcodeWins(): SelectionState {
  const matrix = applyPreset(DEFAULT_SELECTION_STATE.matrix, 'growing-custom');
  // Make the no-code option clearly ahead whatever the preset's own scores.
  matrix.options = matrix.options.map((o) => (o.id === 'lowcode' ? { ...o, scores: Object.fromEntries(Object.keys(o.scores).map((k) => [k, 5])) } : o));
  return parseSelectionState({ preset: 'growing-custom', matrix, tco: DEFAULT_SELECTION_STATE.tco })!;
}

describe('cross-tool consistency', () => {
  it('finds nothing in the example, whose answers agree', () => {
    expect(findInconsistencies(EXAMPLE)).toEqual([]);
  });

  const cases: [string, (p: PlanState) => PlanState, IssueCode, string[]][] = [
    [
      'planned start differs between the readiness check and the estimator',
      (p) => ({ ...p, readiness: { ...p.readiness, plannedStart: '2026-06-01' } }),
      'planned-start',
      ['2026-04-07', '2026-06-01'],
    ],
    ['company size differs between the profile and the estimator', (p) => ({ ...p, duration: { ...p.duration!, companySize: 'large' } }), 'company-size', ['medium', 'large']],
    ['rapid expansion answered differently', (p) => ({ ...p, readiness: { ...p.readiness, companyStage: 'expanding' } }), 'expansion', ['true', 'false']],
    ['a newly founded company counts as expanding', (p) => ({ ...p, readiness: { ...p.readiness, companyStage: 'newlyFounded' } }), 'expansion', ['true', 'false']],
    ['key-staff turnover answered differently', (p) => ({ ...p, duration: { ...p.duration!, keyStaffTurnover: true } }), 'key-staff', ['false', 'true']],
    ['commitment level differs from what the readiness answers give', (p) => ({ ...p, duration: { ...p.duration!, internalCommitment: 2 } }), 'commitment', ['4', '2']],
    ['the matrix winner is not the estimator’s platform', (p) => ({ ...p, selection: lowcodeWins() }), 'platform', ['lowCode', 'saas']],
  ];
  it.each(cases)('%s', (_name, patch, code, values) => {
    const issues = findInconsistencies(with_(patch));
    const found = issues.find((i) => i.code === code && i.kind === 'conflict');
    expect(found, JSON.stringify(issues)).toBeDefined();
    expect(found!.choices.map((c) => String(c.value))).toEqual(values);
    expect(issues.filter((i) => i.code !== code)).toEqual([]);
  });

  it('groups the tools that gave the same value', () => {
    const issue = findInconsistencies(with_((p) => ({ ...p, duration: { ...p.duration!, startDate: '2026-09-01' } })))[0]!;
    expect(issue.choices).toEqual([
      { value: '2026-04-07', sources: ['profile', 'readiness'], writable: true },
      { value: '2026-09-01', sources: ['duration'], writable: true },
    ]);
  });

  it('marks values that cannot be written back (commitment from the estimator, platform from the estimator)', () => {
    const issue = findInconsistencies(with_((p) => ({ ...p, duration: { ...p.duration!, internalCommitment: 1 } })))[0]!;
    expect(issue.choices.map((c) => c.writable)).toEqual([true, false]);
  });

  it('reports a gap when the estimator has no start date but another tool has one', () => {
    const { startDate: _s, ...rest } = EXAMPLE.duration!;
    expect(codes({ ...EXAMPLE, duration: rest })).toEqual(['gap:planned-start']);
  });

  it('is silent about tools not used and answers not given', () => {
    expect(codes({ ...EXAMPLE, duration: null })).toEqual([]);
    expect(codes({ ...EXAMPLE, readiness: { budget: 'approved' }, profile: { ...EXAMPLE.profile, plannedStart: null, companySize: null } })).toEqual([]);
  });

  it('gives a stable signature that changes with the values', () => {
    const a = findInconsistencies(with_((p) => ({ ...p, duration: { ...p.duration!, internalCommitment: 2 } })))[0]!;
    const b = findInconsistencies(with_((p) => ({ ...p, duration: { ...p.duration!, internalCommitment: 2 } })))[0]!;
    const c = findInconsistencies(with_((p) => ({ ...p, duration: { ...p.duration!, internalCommitment: 1 } })))[0]!;
    expect(a.signature).toBe(b.signature);
    expect(a.signature).not.toBe(c.signature);
  });

  it('every issue offers distinct values and never throws (fast-check)', () => {
    fc.assert(
      fc.property(planState, (plan) => {
        for (const issue of findInconsistencies(plan)) {
          const values = issue.choices.map((c) => c.value);
          expect(new Set(values).size).toBe(values.length);
          expect(issue.kind === 'gap' ? values.length === 1 : values.length >= 2).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
