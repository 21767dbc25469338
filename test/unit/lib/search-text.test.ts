import { describe, expect, it } from 'vitest';
import { htmlForSearch } from '../../../integrations/search-text';

describe('what search indexes of a page', () => {
  it('leaves citations and the closing lines of links out, in both languages', () => {
    const html = htmlForSearch(
      '<p>Plan for it (source: <code>000_d50f515de8d68d88.txt</code>).</p><p><strong>Related guides:</strong> <a href="/en/guides/x/">X</a></p><p><strong>相关指南</strong>：<a href="/zh-cn/guides/x/">X</a></p>',
    );
    expect(html).toContain('<span data-pagefind-ignore>(source: <code>000_d50f515de8d68d88.txt</code>)</span>');
    expect(html.match(/<p data-pagefind-ignore>/g)).toHaveLength(2);
  });
  it('keeps an ordinary paragraph that merely mentions related guides', () => {
    expect(htmlForSearch('<p>Related guides help.</p>')).toBe('<p>Related guides help.</p>');
  });
});
