import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { findParityGaps, describeGaps } from '@/lib/content-parity';

describe('content parity', () => {
  it('finds entries that exist in one locale only', () => {
    const gaps = findParityGaps(['zh-cn/a.md', 'en/a.md', 'zh-cn/b.md', 'en/c.md', 'stray.md']);
    expect(gaps).toEqual([
      { file: 'en/c.md', missingIn: 'zh-cn' },
      { file: 'zh-cn/b.md', missingIn: 'en' },
    ]);
    expect(describeGaps('faq', gaps)).toContain('content/faq/zh-cn/b.md has no en counterpart');
  });

  it.each(['guides', 'faq', 'glossary'])('the real %s collection has every entry in both locales', (collection) => {
    const files = ['zh-cn', 'en'].flatMap((locale) => readdirSync(`content/${collection}/${locale}`).map((f) => `${locale}/${f}`));
    const gaps = findParityGaps(files);
    expect(gaps, describeGaps(collection, gaps)).toEqual([]);
  });
});
