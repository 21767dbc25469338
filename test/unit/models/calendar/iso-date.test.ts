import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addWeeks,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  rangesOverlap,
  toDayNumber,
  toIsoDate,
  todayIso,
} from '@/models/calendar';

const isoArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => toIsoDate(d));

describe('isIsoDate / parseIsoDate', () => {
  it.each([
    ['2025-01-29', { year: 2025, month: 1, day: 29 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('accepts %s', (input, parts) => {
    expect(parseIsoDate(input)).toEqual(parts);
    expect(isIsoDate(input)).toBe(true);
  });

  it.each([
    ['impossible day', '2025-02-30'],
    ['not a leap year', '2025-02-29'],
    ['century not leap', '1900-02-29'],
    ['month 13', '2025-13-01'],
    ['month 0', '2025-00-10'],
    ['day 0', '2025-01-00'],
    ['april 31', '2025-04-31'],
    ['year 0', '0000-01-01'],
    ['no padding', '2025-1-5'],
    ['slashes', '2025/01/05'],
    ['with time', '2025-01-05T00:00:00Z'],
    ['leading space', ' 2025-01-05'],
    ['five-digit year', '12025-01-05'],
    ['empty', ''],
    ['markup', '<script>2025-01-01</script>'],
  ])('rejects %s (%s)', (_name, input) => {
    expect(parseIsoDate(input)).toBeNull();
    expect(isIsoDate(input)).toBe(false);
  });

  it.each([[null], [undefined], [20250101], [new Date('2025-01-01T00:00:00Z')], [{}], [['2025-01-01']]])('rejects non-string %p', (v) => {
    expect(isIsoDate(v)).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (v) => typeof isIsoDate(v) === 'boolean'));
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) = %s', (y, leap) => expect(isLeapYear(y)).toBe(leap));

  it('month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('toIsoDate', () => {
  it('pads and reads Dates in UTC', () => {
    expect(toIsoDate({ year: 5, month: 3, day: 7 })).toBe('0005-03-07');
    expect(toIsoDate(new Date(Date.UTC(2025, 11, 31, 23, 59)))).toBe('2025-12-31');
  });
  it('throws outside years 1-9999', () => {
    expect(() => toIsoDate({ year: 10000, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => toIsoDate({ year: 0, month: 1, day: 1 })).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2025-01-01', 0, '2025-01-01'],
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-01-01', 365, '2026-01-01'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('addDays(%s, %i) = %s', (d, n, out) => expect(addDays(d, n)).toBe(out));

  it.each([
    ['2025-01-01', 1, '2025-01-08'],
    ['2025-01-01', 4.33, '2025-01-31'],
    ['2025-01-01', 0.5, '2025-01-05'], // 3.5 days rounds to 4
    ['2025-01-08', -1, '2025-01-01'],
  ])('addWeeks(%s, %d) = %s', (d, n, out) => expect(addWeeks(d, n)).toBe(out));

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-15', 12, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-05-10', -17, '2023-12-10'],
  ])('addMonths(%s, %i) = %s', (d, n, out) => expect(addMonths(d, n)).toBe(out));

  it('rejects bad arguments with RangeError', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWeeks('2025-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addMonths('2025-01-01', 0.5)).toThrow(RangeError);
  });

  it('daysBetween, compare and overlap', () => {
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
    expect(compareIsoDates('2025-01-02', '2025-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(rangesOverlap('2025-01-01', '2025-01-10', '2025-01-10', '2025-02-01')).toBe(true);
    expect(rangesOverlap('2025-01-01', '2025-01-09', '2025-01-10', '2025-02-01')).toBe(false);
  });

  describe('todayIso', () => {
    afterEach(() => vi.useRealTimers());
    it('is the calendar day in the time zone asked for', () => {
      vi.useFakeTimers({ now: new Date('2026-12-31T20:00:00Z') });
      expect(todayIso('UTC')).toBe('2026-12-31');
      // 04:00 the next morning in Shanghai: already the new year there.
      expect(todayIso('Asia/Shanghai')).toBe('2027-01-01');
      expect(todayIso('America/Los_Angeles')).toBe('2026-12-31');
    });
    it('follows the clock', () => {
      vi.useFakeTimers({ now: new Date('2028-02-29T12:00:00Z') });
      expect(todayIso('UTC')).toBe('2028-02-29');
    });
    it("without a zone, is the day in the runtime's own zone, whatever the hour", () => {
      const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
      vi.useFakeTimers();
      fc.assert(
        fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true }), (now) => {
          vi.setSystemTime(now);
          return todayIso() === todayIso(own); // clock-ok: the fake clock is set to each case above
        }),
      );
    });
  });
});

describe('properties', () => {
  it('day numbers round-trip', () => {
    fc.assert(fc.property(isoArb, (d) => fromDayNumber(toDayNumber(d)) === d));
  });
  it('addDays is invertible and agrees with daysBetween', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const moved = addDays(d, n);
        return isIsoDate(moved) && addDays(moved, -n) === d && daysBetween(d, moved) === n;
      }),
    );
  });
  it('addMonths keeps a valid date, never overshoots the target month', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const out = addMonths(d, n);
        const a = parseIsoDate(d)!;
        const b = parseIsoDate(out)!;
        return isIsoDate(out) && b.year * 12 + b.month - (a.year * 12 + a.month) === n && b.day <= a.day;
      }),
    );
  });
  it('ISO strings sort in date order', () => {
    fc.assert(
      fc.property(isoArb, isoArb, (a, b) => Math.sign(compareIsoDates(a, b)) === Math.sign(daysBetween(b, a))),
    );
  });
});
