import { describe, expect, it } from 'vitest';
import { formatList } from '@/i18n/list';

describe('formatList', () => {
  it('joins as each language does, British English without the serial comma', () => {
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatList('en', ['a', 'b'], 'disjunction')).toBe('a or b');
    expect(formatList('zh-cn', ['甲', '乙', '丙'])).toBe('甲、乙和丙');
    expect(formatList('zh-cn', ['甲', '乙'], 'disjunction')).toBe('甲或乙');
  });

  it('gives one item as it is and nothing for none', () => {
    expect(formatList('en', ['only'])).toBe('only');
    expect(formatList('zh-cn', [])).toBe('');
  });
});
