import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { companyContext, companyNameOf, DEFAULT_PROFILE, parseEmployees, parseProfile, profileSize, sizeFromEmployees } from '@/models/profile';

describe('profile validation', () => {
  it('accepts a valid profile', () => {
    const p = { version: 1, companyName: 'ACME', companySize: 'medium', industry: 'retail', employees: 250, plannedStart: '2027-03-01', currentTools: ['spreadsheets', 'erp'] };
    expect(parseProfile(p)).toEqual(p);
  });
  it('reads a profile saved before current tools existed as "not told", and keeps only known tools, once each, in order', () => {
    const { currentTools: _, ...old } = DEFAULT_PROFILE;
    expect(parseProfile(old)?.currentTools).toEqual([]);
    expect(parseProfile({ ...DEFAULT_PROFILE, currentTools: ['crm', 'fax', 'chat', 'crm', 7] })?.currentTools).toEqual(['chat', 'crm']);
    expect(parseProfile({ ...DEFAULT_PROFILE, currentTools: 'erp' })?.currentTools).toEqual([]);
  });
  it('the head count, when given, decides the size band: a 60-person firm is small whatever band was chosen', () => {
    expect(profileSize({ employees: 60, companySize: 'medium' })).toBe('small');
    expect(profileSize({ employees: null, companySize: 'medium' })).toBe('medium');
    expect(companyContext({ employees: 60, companySize: 'medium', currentTools: ['spreadsheets', 'chat'] })).toEqual({ companySize: 'small', currentTools: ['spreadsheets', 'chat'] });
  });
  it('rejects an old version and non-objects', () => {
    expect(parseProfile({ ...DEFAULT_PROFILE, version: 0 })).toBeNull();
    expect(parseProfile(null)).toBeNull();
    expect(parseProfile('x')).toBeNull();
    expect(parseProfile([])).toBeNull();
  });
  it('drops corrupted fields to their defaults and keeps the rest', () => {
    const p = parseProfile({ version: 1, companyName: 'A', companySize: 'huge', employees: -3, plannedStart: '2027-02-30', industry: 5 });
    expect(p).toEqual({ ...DEFAULT_PROFILE, companyName: 'A' });
  });
  it('caps text length', () => {
    expect(parseProfile({ version: 1, companyName: 'x'.repeat(500) })!.companyName).toHaveLength(120);
  });
  it('maps head count to the size bands of the duration estimator', () => {
    expect([1, 99, 100, 999, 1000].map(sizeFromEmployees)).toEqual(['small', 'small', 'medium', 'medium', 'large']);
  });
  it('never throws and never returns a malformed profile, for any input', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const p = parseProfile(raw);
        if (p === null) return true;
        return p.version === 1 && typeof p.companyName === 'string' && (p.plannedStart === null || /^\d{4}-\d{2}-\d{2}$/.test(p.plannedStart));
      }),
    );
  });
  it('reads the company name alone exactly as the whole profile reads it, for any input', () => {
    const profileLike = fc.record({ version: fc.constantFrom(1, 2, '1'), companyName: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(profileLike, fc.anything()), (raw) => {
        expect(companyNameOf(raw)).toBe(parseProfile(raw)?.companyName ?? null);
      }),
    );
    expect(companyNameOf({ version: 1, companyName: '华东 "Rail" Works' })).toBe('华东 "Rail" Works');
    expect(companyNameOf(JSON.parse('{"version":1,"__proto__":{"companyName":"x"}}'))).toBe('');
  });
});

describe('parseEmployees', () => {
  it.each([
    ['60', 60], [' 1,200 ', 1200], ['', null], ['0', 'invalid'], ['12.5', 'invalid'], ['abc', 'invalid'], ['20000000', 'invalid'],
  ] as const)('reads %p as %p', (raw, expected) => {
    expect(parseEmployees(raw)).toBe(expected);
  });
});
