import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { guideSchema, faqSchema, glossarySchema } from '@/lib/content-schemas';

const validGuide = {
  title: 'How long it takes',
  description: 'The five phases of a CRM implementation and what stretches them.',
  updated: '2026-11-22',
  topics: ['timeline'],
  sources: ['000_d50f515de8d68d88.txt'],
  relatedTools: ['duration'],
  order: 1,
  takeaways: ['One thing', 'Two things', 'Three things'],
};

describe('guide schema', () => {
  it('accepts a complete guide', () => expect(guideSchema.safeParse(validGuide).success).toBe(true));
  it.each([
    ['an unknown source document', { sources: ['999_nope.txt'] }],
    ['no related tool', { relatedTools: [] }],
    ['an unknown tool', { relatedTools: ['spreadsheet'] }],
    ['two takeaways', { takeaways: ['a long one', 'another one'] }],
    ['six takeaways', { takeaways: Array(6).fill('takeaway') }],
    ['a date that is not a date', { updated: 'yesterday' }],
    ['a fractional order', { order: 1.5 }],
    ['an unknown topic', { topics: ['gossip'] }],
  ])('rejects %s', (_name, patch) => {
    expect(guideSchema.safeParse({ ...validGuide, ...patch }).success).toBe(false);
  });
});

describe('FAQ and glossary schemas', () => {
  const faq = { id: 'how-long', question: 'How long does it take?', topic: 'timeline', guide: 'implementation-timeline', order: 1 };
  it('accept valid entries', () => {
    expect(faqSchema.safeParse(faq).success).toBe(true);
    expect(glossarySchema.safeParse({ term: 'KPI', definition: 'A number the project is judged by.' }).success).toBe(true);
  });
  it.each([
    ['an id with spaces', { id: 'how long' }],
    ['an upper-case id', { id: 'How-Long' }],
    ['an unknown topic', { topic: 'weather' }],
    ['no question', { question: undefined }],
  ])('FAQ rejects %s', (_n, patch) => expect(faqSchema.safeParse({ ...faq, ...patch }).success).toBe(false));
  it('glossary rejects an empty definition', () => expect(glossarySchema.safeParse({ term: 'KPI', definition: '' }).success).toBe(false));
});

/** Front matter of every real content file, so a broken entry fails here with its file name too. */
function frontMatter(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!match) throw new Error(`${path} has no front matter`);
  return yaml.load(match[1]) as Record<string, unknown>;
}
const files = (collection: string) =>
  ['zh-cn', 'en'].flatMap((l) => readdirSync(`content/${collection}/${l}`).map((f) => `content/${collection}/${l}/${f}`));

describe('real content', () => {
  it.each(files('guides'))('%s has valid front matter', (path) => {
    const result = guideSchema.safeParse(frontMatter(path));
    expect(result.success, result.error?.message).toBe(true);
  });
  it.each(files('faq'))('%s has valid front matter and an id equal to its file name', (path) => {
    const data = frontMatter(path);
    const result = faqSchema.safeParse(data);
    expect(result.success, result.error?.message).toBe(true);
    expect(data.id).toBe(path.split('/').pop()!.replace(/\.md$/, ''));
  });
  it.each(files('glossary'))('%s has valid front matter', (path) => {
    const result = glossarySchema.safeParse(frontMatter(path));
    expect(result.success, result.error?.message).toBe(true);
  });
  it('FAQ entries point to guides that exist', () => {
    const guides = new Set(readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, '')));
    const missing = files('faq').filter((p) => !guides.has(String(frontMatter(p).guide)));
    expect(missing).toEqual([]);
  });
});

describe('FAQ topic filter stylesheet', () => {
  it('has a rule for every FAQ topic', async () => {
    const { FAQ_TOPICS } = await import('@/site');
    const css = readFileSync('src/styles/faq.css', 'utf8');
    for (const topic of FAQ_TOPICS) expect(css).toContain(`#faq-topic-${topic}:checked`);
  });
});

/** Body text after the front matter. */
function body(path: string): string {
  return readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---/, '');
}

describe('the content meets the floors of the brief', () => {
  it('has at least eleven guides, thirty FAQ entries and thirty glossary terms per locale', () => {
    for (const locale of ['zh-cn', 'en']) {
      expect(readdirSync(`content/guides/${locale}`).length).toBeGreaterThanOrEqual(11);
      expect(readdirSync(`content/faq/${locale}`).length).toBeGreaterThanOrEqual(30);
      expect(readdirSync(`content/glossary/${locale}`).length).toBeGreaterThanOrEqual(30);
    }
  });
  it.each(files('guides'))('%s is between the length floor and ceiling', (path) => {
    const text = body(path);
    if (path.includes('/zh-cn/')) {
      const chars = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
      expect(chars).toBeGreaterThanOrEqual(1500);
      expect(chars).toBeLessThanOrEqual(4000);
    } else {
      const words = text.replace(/\(source:[^)]*\)/g, '').replace(/\]\([^)]*\)/g, ']').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
      expect(words).toBeGreaterThanOrEqual(900);
      expect(words).toBeLessThanOrEqual(2500);
    }
  });
  it.each(files('guides'))('%s links to at least two other guides and a tool', (path) => {
    const text = body(path);
    const own = path.split('/').pop()!.replace(/\.mdx$/, '');
    const guides = new Set([...text.matchAll(/\/(?:zh-cn|en)\/guides\/([a-z0-9-]+)\//g)].map((m) => m[1]).filter((s) => s !== own));
    expect(guides.size).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/\/(?:zh-cn|en)\/(?:tools\/[a-z]+|plan)\//);
  });
  it.each(files('guides'))('%s links only to pages of its own locale', (path) => {
    const locale = path.includes('/zh-cn/') ? 'zh-cn' : 'en';
    const other = locale === 'en' ? 'zh-cn' : 'en';
    expect(body(path)).not.toMatch(new RegExp(`\\]\\(/${other}/`));
  });
  it.each(files('faq'))('%s answers in 60-250 words (120-500 Chinese characters)', (path) => {
    const text = body(path);
    if (path.includes('/zh-cn/')) {
      const chars = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
      expect(chars).toBeGreaterThanOrEqual(120);
      expect(chars).toBeLessThanOrEqual(500);
    } else {
      const words = text.replace(/\]\([^)]*\)/g, ']').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
      expect(words).toBeGreaterThanOrEqual(60);
      expect(words).toBeLessThanOrEqual(250);
    }
  });
});
