import { describe, expect, it } from 'vitest';
import { moveIslandEntry } from '../../../integrations/island-entry';

const page = (body: string) => `<html><head><script type="module" src="/_astro/tool.abc.js"></script></head><body>${body}</body></html>`;

describe("a tool page's module script", () => {
  it('leaves the HTML and goes into the island loader, so it is fetched after the first paint', () => {
    const out = moveIslandEntry(page('<astro-island ssr></astro-island><script data-island-loader>(function(){})()</script>'));
    expect(out).not.toContain('type="module"');
    expect(out).toContain('<script data-island-loader data-entry="/_astro/tool.abc.js">(function(){})()</script>');
  });

  it('stays where it is on a page without an island', () => {
    const html = page('<main>guide</main>');
    expect(moveIslandEntry(html)).toBe(html);
  });

  it('fails the build when it cannot tell which script is the island\'s', () => {
    const two = page('<script type="module" src="/_astro/other.js"></script><script data-island-loader>x</script>');
    expect(() => moveIslandEntry(two, 'en/tools/x/index.html')).toThrow(/en\/tools\/x\/index\.html.*2 module scripts/);
    expect(() => moveIslandEntry('<script data-island-loader>x</script>')).toThrow(/0 module scripts/);
  });
});
