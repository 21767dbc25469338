import { describe, expect, it } from 'vitest';
import { estimateDuration, DEFAULT_DURATION_INPUT } from '@/models/duration';
import { durationHints, EXAMPLE_ANSWERS, handedOffInput, type ReadinessAnswers } from '@/models/readiness';

const clean: ReadinessAnswers = { ...EXAMPLE_ANSWERS, dataState: 'clean', integrationNeeds: 'none' };

describe('the hand-off takes the profile into account', () => {
  it('a 60-person firm hands over "small" and gets a schedule about half as long as a medium one', () => {
    const small = estimateDuration({ ...DEFAULT_DURATION_INPUT, ...handedOffInput(durationHints(EXAMPLE_ANSWERS), { companySize: 'small' }) });
    const medium = estimateDuration({ ...DEFAULT_DURATION_INPUT, ...handedOffInput(durationHints(EXAMPLE_ANSWERS), { companySize: 'medium' }) });
    expect(small.total.likelyWeeks).toBeLessThan(medium.total.likelyWeeks * 0.7);
  });
  it('customer work kept only in spreadsheets and chat caps digital maturity at 2, however clean the data is said to be', () => {
    expect(handedOffInput(durationHints(clean), { currentTools: ['spreadsheets', 'chat'] }).digitalMaturity).toBe(2);
    expect(handedOffInput(durationHints(clean), {}).digitalMaturity).toBe(4);
  });
  it('an ERP means at least one system to connect, and with clean data the top maturity level', () => {
    const input = handedOffInput(durationHints(clean), { currentTools: ['spreadsheets', 'erp'] });
    expect(input.integrations).toBe(1);
    expect(input.digitalMaturity).toBe(5);
  });
  it('an existing CRM means a vendor is being replaced; without one the field is left to the visitor', () => {
    expect(handedOffInput(durationHints(clean), { currentTools: ['crm'] }).switchingVendor).toBe(true);
    expect('switchingVendor' in handedOffInput(durationHints(clean), { currentTools: ['erp'] })).toBe(false);
  });
});
