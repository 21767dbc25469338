// The one number reader and rounding both tools use (src/models/shared/numbers.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber, roundTo, toAsciiDigits } from '@/models/shared/numbers';
import { parseNumber as kpiNumber, roundTo as kpiRound } from '@/models/kpi';
import { parseNumber as matrixNumber, roundTo as matrixRound } from '@/models/matrix';

const fullWidth = (s: string) => s.replace(/[0-9.+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseNumber', () => {
  it('reads what people type: plain, full-width, grouped, signed', () => {
    expect(parseNumber('3')).toEqual({ ok: true, value: 3 });
    expect(parseNumber(' １２．５ ')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('12,000')).toEqual({ ok: true, value: 12000 });
    expect(parseNumber('12，000.5')).toEqual({ ok: true, value: 12000.5 });
    expect(parseNumber('-0.5')).toEqual({ ok: true, value: -0.5 });
  });

  it('reports blanks and text instead of guessing', () => {
    expect(parseNumber('')).toEqual({ ok: false, code: 'missing' });
    expect(parseNumber(null)).toEqual({ ok: false, code: 'missing' });
    expect(parseNumber('1,5')).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseNumber('abc')).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseNumber(Number.NaN)).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseNumber({})).toEqual({ ok: false, code: 'not-a-number' });
  });

  it('takes a percent sign only where the field allows one', () => {
    expect(parseNumber('85%')).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseNumber('85%', { percentSign: true })).toEqual({ ok: true, value: 85 });
    expect(parseNumber('８５％', { percentSign: true })).toEqual({ ok: true, value: 85 });
    expect(kpiNumber('85%')).toEqual({ ok: true, value: 85 });
    expect(matrixNumber('85%')).toEqual({ ok: false, code: 'not-a-number' });
  });

  it('reads any finite number back from its text, in ASCII or full-width digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = String(n);
        const expected = Object.is(n, -0) ? 0 : n;
        for (const t of [text, fullWidth(text)]) {
          const r = parseNumber(t);
          expect(r.ok && r.value === expected).toBe(true);
        }
      }),
    );
  });

  it('never throws and never yields a non-finite value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (v) => {
        const r = parseNumber(v, { percentSign: true });
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });

  it('converts full-width digits only', () => {
    expect(toAsciiDigits('１２３．４５ 元')).toBe('123.45 元');
  });
});

describe('roundTo', () => {
  it('rounds halves up where toFixed would not, and never gives -0', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.0001, 2)).toBe(0);
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true);
  });

  it('stays within half a unit of the last decimal and is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        const r = roundTo(v, d);
        expect(Math.abs(r - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
        expect(roundTo(r, d)).toBe(r);
      }),
    );
  });

  it('leaves numbers too large to carry decimals alone', () => {
    expect(roundTo(2 ** 60, 2)).toBe(2 ** 60);
    expect(roundTo(Number.MAX_VALUE, 3)).toBe(Number.MAX_VALUE);
  });

  it('is the same function in both tools', () => {
    expect(kpiRound).toBe(roundTo);
    expect(matrixRound).toBe(roundTo);
  });
});
