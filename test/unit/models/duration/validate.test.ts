import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DURATION_INPUT, DURATION_FIELDS, validateDurationInput, type DurationInput } from '@/models/duration';

const errorsOf = (input: unknown) => {
  const r = validateDurationInput(input);
  return r.ok ? [] : r.errors;
};
const withField = (field: string, value: unknown) => ({ ...DEFAULT_DURATION_INPUT, [field]: value });

describe('validateDurationInput', () => {
  it('accepts the defaults as they are', () => {
    expect(validateDurationInput(DEFAULT_DURATION_INPUT)).toEqual({ ok: true, value: DEFAULT_DURATION_INPUT });
  });

  it.each([[null], [undefined], ['medium'], [42], [[DEFAULT_DURATION_INPUT]]])('not-an-object: %p', (input) => {
    expect(errorsOf(input)).toEqual([{ field: 'input', code: 'not-an-object' }]);
  });

  it('missing: every required field', () => {
    expect(errorsOf({})).toEqual(
      ['companySize', 'complexity', 'digitalMaturity', 'vendorSupport', 'internalCommitment', 'deployment', 'platform', 'integrations', 'switchingVendor', 'agile'].map(
        (field) => ({ field, code: 'missing' }),
      ),
    );
  });

  it.each([['integrations', ''], ['complexity', '   '], ['companySize', null]])('missing: %s = %p', (field, value) => {
    expect(errorsOf(withField(field, value))).toEqual([{ field, code: 'missing' }]);
  });

  it.each([
    ['companySize', 'huge'],
    ['companySize', 'Medium'],
    ['deployment', 'moon'],
    ['platform', 'excel'],
    ['platform', 3],
    ['companySize', '<img src=x onerror=alert(1)>'],
  ])('unknown-option: %s = %p', (field, value) => {
    expect(errorsOf(withField(field, value))).toEqual([{ field, code: 'unknown-option' }]);
  });

  it.each([
    ['integrations', 'abc'],
    ['integrations', Number.NaN],
    ['integrations', Number.POSITIVE_INFINITY],
    ['complexity', {}],
    ['complexity', '3 levels'],
    ['vendorSupport', true],
  ])('not-a-number: %s = %p', (field, value) => {
    expect(errorsOf(withField(field, value))).toEqual([{ field, code: 'not-a-number' }]);
  });

  it.each([
    ['integrations', 2.5],
    ['integrations', '1.5'],
    ['complexity', 3.2],
  ])('not-a-whole-number: %s = %p', (field, value) => {
    expect(errorsOf(withField(field, value))).toEqual([{ field, code: 'not-a-whole-number' }]);
  });

  it.each([
    ['complexity', 0],
    ['complexity', 6],
    ['digitalMaturity', -1],
    ['internalCommitment', 7],
    ['integrations', -1],
    ['integrations', 21],
    ['integrations', 1e9],
    ['startDate', '1900-01-01'],
    ['startDate', '2300-05-01'],
  ])('out-of-range: %s = %p', (field, value) => {
    expect(errorsOf(withField(field, value))).toEqual([{ field, code: 'out-of-range' }]);
  });

  it.each([
    ['switchingVendor', 'yes'],
    ['agile', 2],
    ['expanding', 'on'],
    ['keyStaffTurnover', {}],
  ])('not-a-boolean: %s = %p', (field, value) => {
    expect(errorsOf(withField(field, value))).toEqual([{ field, code: 'not-a-boolean' }]);
  });

  it.each([['2025-02-30'], ['2025/01/01'], ['next spring'], [20250101], ['2025-1-1']])('not-a-date: startDate = %p', (value) => {
    expect(errorsOf(withField('startDate', value))).toEqual([{ field: 'startDate', code: 'not-a-date' }]);
  });

  it('reports every bad field at once, in form order', () => {
    expect(errorsOf({ ...DEFAULT_DURATION_INPUT, platform: 'x', complexity: 9, startDate: 'soon' })).toEqual([
      { field: 'complexity', code: 'out-of-range' },
      { field: 'platform', code: 'unknown-option' },
      { field: 'startDate', code: 'not-a-date' },
    ]);
  });

  it('normalises strings from forms and links', () => {
    const r = validateDurationInput({
      ...DEFAULT_DURATION_INPUT,
      complexity: '4',
      integrations: ' 7 ',
      agile: 'true',
      switchingVendor: '0',
      startDate: ' 2026-03-02 ',
    });
    expect(r).toEqual({
      ok: true,
      value: { ...DEFAULT_DURATION_INPUT, complexity: 4, integrations: 7, agile: true, switchingVendor: false, startDate: '2026-03-02' },
    });
  });

  it('optional fields may be blank, and blank ones are left out', () => {
    const r = validateDurationInput({ ...DEFAULT_DURATION_INPUT, startDate: '', expanding: undefined, keyStaffTurnover: null });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect('startDate' in r.value).toBe(false);
      expect('expanding' in r.value).toBe(false);
    }
  });

  it('drops unknown and prototype keys', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": 1, "extra": "<b>x</b>"}`);
    const r = validateDurationInput({ ...DEFAULT_DURATION_INPUT, ...hostile });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.value).sort()).toEqual(Object.keys(DEFAULT_DURATION_INPUT).sort());
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('does not take answers from the prototype chain', () => {
    const inherited = Object.create(DEFAULT_DURATION_INPUT) as DurationInput;
    expect(errorsOf(inherited).length).toBe(10);
  });

  it('lists its fields in form order', () => {
    expect(DURATION_FIELDS[0]).toBe('companySize');
    expect(DURATION_FIELDS).toContain('startDate');
  });

  it('never throws, and every error has a known field and code, on arbitrary input', () => {
    const codes = new Set(['not-an-object', 'missing', 'unknown-option', 'not-a-number', 'not-a-whole-number', 'out-of-range', 'not-a-boolean', 'not-a-date']);
    const fields = new Set<string>([...DURATION_FIELDS, 'input']);
    const arb = fc.oneof(
      fc.anything(),
      fc.record(Object.fromEntries(DURATION_FIELDS.map((f) => [f, fc.anything()])), { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(arb, (input) => {
        const r = validateDurationInput(input);
        return r.ok || r.errors.every((e) => codes.has(e.code) && fields.has(e.field));
      }),
    );
  });
});
