import { describe, expect, it } from 'vitest';
import { fill, formatDate, formatNumber } from '@/i18n/format';

describe('formatting', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1, b: 2 })).toBe('1 of 2');
    expect(fill('{a} {missing}', { a: 'x' })).toBe('x {missing}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
  it('formats dates per locale without shifting the day', () => {
    expect(formatDate('en', '2027-02-06')).toBe('6 February 2027');
    expect(formatDate('zh-cn', '2027-02-06')).toBe('2027年2月6日');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
  it('dates a moment (a time stamp in UTC) by the day it was where the visitor is', () => {
    const zone = process.env.TZ;
    try {
      // 22:30 on 31 January in California is already 1 February in UTC and in China.
      process.env.TZ = 'America/Los_Angeles';
      expect(formatDate('en', '2027-02-01T06:30:00.000Z')).toBe('31 January 2027');
      process.env.TZ = 'Asia/Shanghai';
      expect(formatDate('zh-cn', '2027-01-31T23:30:00.000Z')).toBe('2027年2月1日');
      // A plain date is that day in any zone.
      expect(formatDate('en', '2027-02-01')).toBe('1 February 2027');
    } finally {
      if (zone === undefined) delete process.env.TZ; else process.env.TZ = zone;
    }
  });
  it('formats numbers per locale', () => {
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
    expect(formatNumber('zh-cn', 0.25, { style: 'percent' })).toBe('25%');
  });
});
