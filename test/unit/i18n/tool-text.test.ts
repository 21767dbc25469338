// The one text helper every tool builds on: lookups, placeholders, and numbers and dates in the locale.
import { describe, expect, it } from 'vitest';
import { toolText } from '@/i18n/tool-text';

const strings = { greet: 'Hello {name}', plain: 'No placeholders', 'criterion.cost.name': 'Cost' };

describe('toolText', () => {
  const text = toolText('en', strings);

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(text.t('greet', { name: 'Li' })).toBe('Hello Li');
    expect(text.t('greet')).toBe('Hello {name}');
  });

  it('shows a missing key rather than an empty string', () => {
    expect(text.t('nope' as keyof typeof strings)).toBe('nope');
  });

  it('falls back for a key built at run time that the dictionary lacks', () => {
    expect(text.dyn('criterion.cost.name', 'cost')).toBe('Cost');
    expect(text.dyn('criterion.speed.name', 'speed')).toBe('speed');
    expect(text.dyn('criterion.speed.name', '{n} days', { n: 3 })).toBe('3 days');
    expect(text.has('plain')).toBe(true);
    expect(text.has('criterion.speed.name')).toBe(false);
  });

  it("rounds to the tool's default digits unless told otherwise", () => {
    expect(text.num(1234.567)).toBe('1,234.6');
    expect(text.num(1234.567, 0)).toBe('1,235');
    expect(toolText('en', strings, 2).num(0.125)).toBe('0.13');
    expect(toolText('zh-cn', strings, 0).num(12345.6)).toBe('12,346');
  });

  it('writes calendar dates in the locale, long by default', () => {
    expect(text.date('2027-03-01')).toBe('1 March 2027');
    expect(toolText('zh-cn', strings).date('2027-03-01')).toBe('2027年3月1日');
    expect(text.date('2027-03-01', { year: 'numeric', month: 'short' })).toBe('Mar 2027');
    expect(text.locale).toBe('en');
  });
});
