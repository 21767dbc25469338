import { describe, expect, it } from 'vitest';
import { htmlToPlain, markdownToPlain } from '@/lib/plain-text';

describe('markdownToPlain', () => {
  it('keeps the underscores of file names', () => {
    expect(markdownToPlain('(source: `000_d50f515de8d68d88.txt`)')).toBe('(source: 000_d50f515de8d68d88.txt)');
    expect(markdownToPlain('see 004_0112ec1d79df2bcd.txt and 002_76d9076d0f9a95e4.txt')).toBe('see 004_0112ec1d79df2bcd.txt and 002_76d9076d0f9a95e4.txt');
  });
  it('still removes emphasis markers', () => {
    expect(markdownToPlain('**After the new year**, _really_ and __now__')).toBe('After the new year, really and now');
  });
  it('drops table separator rows and keeps the cells', () => {
    const table = '| phase | months |\n| --- | :---: |\n| planning | 1-2 |';
    expect(markdownToPlain(table)).toBe('phase months planning 1-2');
    expect(markdownToPlain(table)).not.toMatch(/---/);
  });
  it('keeps link text, not the address', () => {
    expect(markdownToPlain('Go deeper: [Guide](/en/guides/x/) · [Tool](/en/tools/y/)')).toBe('Go deeper: Guide · Tool');
  });
});

describe('htmlToPlain', () => {
  it('separates blocks and cells, decodes entities, keeps inline text together', () => {
    expect(htmlToPlain('<p><strong>A</strong>fter &amp; before</p><ul><li>x</li><li>y&#x27;s</li></ul><table><tr><td>a</td><td>b</td></tr></table>'))
      .toBe('After & before x y\'s a b');
  });
});
