import { describe, expect, it } from 'vitest';
import { BEST_ANSWERS, WORST_ANSWERS, EXAMPLE_ANSWERS, commitmentLevel, durationHints } from '@/models/readiness';

describe('hand-off to the duration estimator', () => {
  it('an active sponsor with a cross-functional team and dedicated key users is commitment 5', () => {
    expect(commitmentLevel(BEST_ANSWERS)).toBe(5);
  });

  it('no sponsor, no team, no key users is commitment 1', () => {
    expect(commitmentLevel(WORST_ANSWERS)).toBe(1);
  });

  it('a nominal sponsor with an IT-only team and part-time key users is the middle level', () => {
    expect(commitmentLevel({ executiveSponsor: 'nominal', projectTeam: 'itOnly', keyUsersAvailable: 'partTime' })).toBe(3);
  });

  it('carries expansion (newly founded counts), turnover and the planned start', () => {
    expect(durationHints({ ...WORST_ANSWERS, plannedStart: '2026-04-01' })).toEqual({
      internalCommitment: 1,
      digitalMaturity: 1,
      integrations: 6,
      expanding: true,
      keyStaffTurnover: true,
      plannedStart: '2026-04-01',
    });
    expect(durationHints({ ...BEST_ANSWERS, companyStage: 'expanding' }).expanding).toBe(true);
    expect(durationHints(EXAMPLE_ANSWERS)).toMatchObject({ internalCommitment: 4, expanding: false, keyStaffTurnover: false });
  });

  it('maps where customer data lives to digital maturity, and the systems to connect to a count', () => {
    expect(durationHints({ ...BEST_ANSWERS, dataState: 'paper' }).digitalMaturity).toBe(1);
    expect(durationHints({ ...BEST_ANSWERS, dataState: 'scattered' }).digitalMaturity).toBe(2);
    expect(durationHints({ ...BEST_ANSWERS, dataState: 'clean' }).digitalMaturity).toBe(4);
    expect([
      durationHints({ ...BEST_ANSWERS, integrationNeeds: 'none' }).integrations,
      durationHints({ ...BEST_ANSWERS, integrationNeeds: 'few' }).integrations,
      durationHints({ ...BEST_ANSWERS, integrationNeeds: 'many' }).integrations,
    ]).toEqual([0, 2, 6]);
  });
});
