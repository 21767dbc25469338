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
  it('formats numbers per locale', () => {
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
    expect(formatNumber('zh-cn', 0.25, { style: 'percent' })).toBe('25%');
  });
});
