import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PROFILE, parseProfile, sizeFromEmployees } from '@/models/profile';

describe('profile validation', () => {
  it('accepts a valid profile', () => {
    const p = { version: 1, companyName: 'ACME', companySize: 'medium', industry: 'retail', employees: 250, plannedStart: '2027-03-01' };
    expect(parseProfile(p)).toEqual(p);
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
});
