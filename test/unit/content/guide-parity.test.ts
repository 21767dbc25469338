import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';

// Topic filters, "related tools" and the sources box must behave the same in both languages, so a
// guide's topics, related tools and sources are the same set in zh-cn and en.
const KEYS = ['topics', 'relatedTools', 'sources'] as const;

function frontMatter(path: string): Record<string, unknown> {
  const match = readFileSync(path, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!match) throw new Error(`${path} has no front matter`);
  return yaml.load(match[1]) as Record<string, unknown>;
}
const sorted = (v: unknown) => [...((v as string[]) ?? [])].sort();

describe('guide front matter is the same in both locales', () => {
  it.each(readdirSync('content/guides/en'))('%s', (file) => {
    const en = frontMatter(`content/guides/en/${file}`);
    const zh = frontMatter(`content/guides/zh-cn/${file}`);
    for (const key of KEYS) expect(sorted(zh[key]), `${file}: ${key}`).toEqual(sorted(en[key]));
  });
});

describe('related reading on the tool pages', () => {
  it('lists only guides that exist in both locales', async () => {
    const { TOOL_RELATED_GUIDES } = await import('@/site');
    const missing = Object.entries(TOOL_RELATED_GUIDES).flatMap(([tool, slugs]) =>
      slugs.flatMap((slug) => ['en', 'zh-cn'].filter((l) => !readdirSync(`content/guides/${l}`).includes(`${slug}.mdx`)).map((l) => `${tool}: ${l}/${slug}`)));
    expect(missing).toEqual([]);
  });
});
