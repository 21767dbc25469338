import { describe, expect, it } from 'vitest';
import { hoistIslandStyle, ISLAND_STYLE } from '../../../integrations/hoist-island-style';

describe('hoisting the island style', () => {
  it('moves the rule from the body into the head', () => {
    const html = `<html><head><title>x</title></head><body><div>${ISLAND_STYLE}<astro-island></astro-island></div></body></html>`;
    expect(hoistIslandStyle(html)).toBe(`<html><head><title>x</title>${ISLAND_STYLE}</head><body><div><astro-island></astro-island></div></body></html>`);
  });
  it('leaves pages without it, or already fixed, alone', () => {
    const plain = '<html><head></head><body></body></html>';
    expect(hoistIslandStyle(plain)).toBe(plain);
    const fixed = hoistIslandStyle(`<html><head></head><body>${ISLAND_STYLE}</body></html>`);
    expect(hoistIslandStyle(fixed)).toBe(fixed);
  });
});
