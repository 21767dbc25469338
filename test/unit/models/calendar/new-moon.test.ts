import { describe, expect, it } from 'vitest';
import { deltaTSeconds, nearestNewMoonMs, newMoonJde } from '@/models/calendar/new-moon';

describe('newMoonJde', () => {
  it("reproduces Meeus' worked example 49.a (k = -283, 1977 February)", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });
});

describe('nearestNewMoonMs', () => {
  // New moons in UT as listed by the US Naval Observatory's moon-phase tables, to the minute.
  it.each([
    ['2024-01-11T11:57Z', '2024-01-10T00:00Z'],
    ['2025-01-29T12:36Z', '2025-01-30T00:00Z'],
    ['2024-02-09T22:59Z', '2024-02-09T00:00Z'],
  ])('new moon at %s (asked near %s)', (expected, near) => {
    const got = nearestNewMoonMs(Date.parse(near));
    expect(Math.abs(got - Date.parse(expected))).toBeLessThan(2 * 60_000);
  });

  it('the 2027 and 2030 festival new moons straddle midnight in China on the published side', () => {
    const china = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(china(nearestNewMoonMs(Date.parse('2027-02-06T00:00Z')))).toBe('2027-02-06');
    expect(china(nearestNewMoonMs(Date.parse('2030-02-03T00:00Z')))).toBe('2030-02-03');
  });
});

describe('deltaTSeconds', () => {
  it.each([
    [1950, 29, 30],
    [2000, 63, 65],
    [2025, 68, 80],
  ])('ΔT(%i) is between %i and %i s', (year, lo, hi) => {
    expect(deltaTSeconds(year)).toBeGreaterThan(lo);
    expect(deltaTSeconds(year)).toBeLessThan(hi);
  });
  it('is finite for any year the helpers accept', () => {
    for (const y of [1, 500, 1899, 1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150, 9999]) {
      expect(Number.isFinite(deltaTSeconds(y))).toBe(true);
    }
  });
});
