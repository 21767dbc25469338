import type { PlanState } from '@/models/plan';
// The plan's store (src/stores/plan.ts), run in Node: persistence falls back to memory. Each test
// calls an action, then reads the tools' own stores.
import { beforeEach, describe, expect, it } from 'vitest';
import { $planPrefs, $planState, applyPlan, clearAllData, hasOwnData, openIssues, planShareUrl, readPlanLink, resolveIssue } from '@/stores/plan';
import { $profile } from '@/stores/profile';
import { $readiness } from '@/stores/readiness';
import { $durationInput } from '@/stores/duration';
import { $selectionState } from '@/stores/selection';
import { $kpiSheet } from '@/stores/kpi';
import { findInconsistencies } from '@/models/plan';
import { DEFAULT_DURATION_INPUT } from '@/models/duration';
import { EMPTY, EXAMPLE, fullPlan } from './fixtures';

beforeEach(() => clearAllData());

describe('plan store', () => {
  it('gathers nothing while every tool is at its defaults', () => {
    expect($planState.get()).toEqual(EMPTY);
    expect(hasOwnData($planState.get())).toBe(false);
  });

  it('puts a whole plan into the tools’ stores and reads it back unchanged', () => {
    applyPlan(EXAMPLE);
    expect($planState.get()).toEqual(EXAMPLE);
    expect($readiness.get().answers).toEqual(EXAMPLE.readiness);
    expect($durationInput.get()).toEqual(EXAMPLE.duration);
    expect($selectionState.get()).toEqual(EXAMPLE.selection);
    expect($kpiSheet.get()).toEqual(EXAMPLE.kpi);
    expect(hasOwnData($planState.get())).toBe(true);
  });

  it('a plan without a tool resets that tool', () => {
    applyPlan(fullPlan());
    applyPlan({ ...EXAMPLE, duration: null, kpi: null });
    expect($durationInput.get()).toEqual(DEFAULT_DURATION_INPUT);
    expect($kpiSheet.get().rows).toEqual([]);
    expect($planState.get()).toMatchObject({ duration: null, kpi: null });
  });

  it('writes a picked start date into the profile, the readiness check and the estimator', () => {
    applyPlan({ ...EXAMPLE, duration: { ...EXAMPLE.duration!, startDate: '2026-06-01' } });
    const issue = findInconsistencies($planState.get())[0]!;
    expect(issue.code).toBe('planned-start');
    expect(resolveIssue(issue, issue.choices.find((c) => c.value === '2026-06-01')!)).toBe(true);
    expect($profile.get().plannedStart).toBe('2026-06-01');
    expect($readiness.get().answers.plannedStart).toBe('2026-06-01');
    expect($durationInput.get().startDate).toBe('2026-06-01');
    expect(findInconsistencies($planState.get())).toEqual([]);
  });

  it('fills the estimator’s missing start date from the other tools (gap)', () => {
    const { startDate: _s, ...duration } = EXAMPLE.duration!;
    applyPlan({ ...EXAMPLE, duration });
    const gap = findInconsistencies($planState.get())[0]!;
    expect(gap.kind).toBe('gap');
    resolveIssue(gap, gap.choices[0]!);
    expect($durationInput.get().startDate).toBe(EXAMPLE.profile.plannedStart);
  });

  it('writes expansion and key-staff answers into both tools', () => {
    applyPlan({ ...EXAMPLE, duration: { ...EXAMPLE.duration!, expanding: true, keyStaffTurnover: true } });
    for (const issue of findInconsistencies($planState.get())) resolveIssue(issue, issue.choices.find((c) => c.sources.includes('duration'))!);
    expect($readiness.get().answers).toMatchObject({ companyStage: 'expanding', keyStaffTurnover: 'high' });
    expect(findInconsistencies($planState.get()).filter((i) => i.code !== 'commitment')).toEqual([]);
  });

  it('keeps the estimator’s commitment when picked, and raises it again only when the values change', () => {
    applyPlan({ ...EXAMPLE, duration: { ...EXAMPLE.duration!, internalCommitment: 2 } });
    const issue = findInconsistencies($planState.get())[0]!;
    expect(issue.code).toBe('commitment');
    resolveIssue(issue, issue.choices.find((c) => !c.writable)!);
    expect($durationInput.get().internalCommitment).toBe(2);
    expect(openIssues(findInconsistencies($planState.get()), $planPrefs.get())).toEqual([]);
    applyPlan({ ...EXAMPLE, duration: { ...EXAMPLE.duration!, internalCommitment: 1 } });
    expect(openIssues(findInconsistencies($planState.get()), $planPrefs.get()).map((i) => i.code)).toEqual(['commitment']);
  });

  it('a company size picked for all tools drops a head count that contradicts it', () => {
    applyPlan({ ...EXAMPLE, duration: { ...EXAMPLE.duration!, companySize: 'large' } });
    const issue = findInconsistencies($planState.get())[0]!;
    resolveIssue(issue, issue.choices.find((c) => c.value === 'large')!);
    expect($profile.get()).toMatchObject({ companySize: 'large', employees: null });
    expect($durationInput.get().companySize).toBe('large');
  });

  it('clears everything', () => {
    applyPlan(fullPlan());
    clearAllData();
    expect($planState.get()).toEqual(EMPTY);
    expect($planPrefs.get().kept).toEqual({});
  });

  it('makes a share link that reads back as the same plan', async () => {
    applyPlan(fullPlan());
    const url = await planShareUrl($planState.get(), { origin: 'https://example.org', pathname: '/en/plan/' });
    expect(url).toMatch(/^https:\/\/example\.org\/en\/plan\/#plan=/);
    const read = await readPlanLink(new URL(url!).hash);
    // Row ids stay behind (the link numbers its rows); everything the visitor sees comes back.
    const noUids = (p: PlanState) => ({ ...p, kpi: p.kpi && { ...p.kpi, rows: p.kpi.rows.map(({ uid: _uid, ...r }) => r) } });
    expect(read.status).toBe('ok');
    if (read.status === 'ok') expect(noUids(read.plan)).toEqual(noUids(fullPlan()));
    expect(await readPlanLink('#plan=AAAA')).toEqual({ status: 'invalid', reason: 'unknown-version' });
    expect(await readPlanLink('')).toEqual({ status: 'absent' });
  });
});
