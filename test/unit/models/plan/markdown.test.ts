import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marked, type Token, type Tokens } from 'marked';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { mdText, planMarkdown } from '@/models/plan/markdown';
import { computePlanReport } from '@/models/plan';
import { LOCALES } from '@/i18n/locales';
import { strings } from '@/i18n/tools/plan';
import { islandStrings } from '@/components/plan/strings';
import { makeText } from '@/components/plan/text';
import { planMarkdownText } from '@/components/plan/markdown-export';
import { BriefConflicts } from '@/components/plan/BriefConflicts';
import { BRIEF_TODAY, TODAY, conflictPlan, fullPlan } from './fixtures';

describe('plan as Markdown', () => {
  const doc = {
    title: 'CRM 实施方案：华东精工',
    lines: ['编制日期：2026年6月15日'],
    sections: [
      { heading: '摘要', list: ['准备度结论：可以开始', '可能上线：2027年1月8日'] },
      { heading: '时间线', paragraphs: ['可能 6.5 个月。'], table: { header: ['阶段', '时长'], rows: [['规划与选型', '4 周'], ['数据迁移 | 清洗', '6 周']] } },
    ],
  };

  it('has the title, section headings, the table and the list', () => {
    const md = planMarkdown(doc);
    const tokens = marked.lexer(md);
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => [(t as { depth: number }).depth, (t as { text: string }).text]);
    expect(headings).toEqual([[1, 'CRM 实施方案：华东精工'], [2, '摘要'], [2, '时间线']]);
    const table = tokens.find((t) => t.type === 'table') as { header: { text: string }[]; rows: { text: string }[][] };
    expect(table.header.map((h) => h.text)).toEqual(['阶段', '时长']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([['规划与选型', '4 周'], ['数据迁移 | 清洗', '6 周']]);
    const list = tokens.find((t) => t.type === 'list') as { items: { text: string }[] };
    expect(list.items.map((i) => i.text)).toEqual(['准备度结论：可以开始', '可能上线：2027年1月8日']);
  });

  it('leaves out a section with nothing in it rather than print a bare heading', () => {
    const md = planMarkdown({ title: 'Plan', sections: [{ heading: 'Empty', list: [], paragraphs: [] }, { heading: 'Actions', list: ['Start'] }] });
    const headings = marked.lexer(md).filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.text);
    expect(headings).toEqual(['Plan', 'Actions']);
  });

  it('prints any company name as typed, never as markup (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)), (name) => {
        const html = marked.parseInline(mdText(name)) as string;
        expect(html).not.toMatch(/<(em|strong|a|code|del|img)\b/);
      }),
    );
  });
});

const guideSlugs = (locale: string) => readdirSync(join(process.cwd(), 'content', 'guides', locale)).map((f) => f.replace(/\.mdx?$/, ''));
const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
/** The text of each list item of the printed box, as a reader sees it. */
const printedItems = (html: string) =>
  [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&(amp|quot|lt|gt|#39);/g, (e) => entities[e]!));

describe.each(LOCALES)('plan Markdown export names the answers that disagree (%s)', (locale) => {
  const s = strings[locale];
  const text = makeText(locale, islandStrings(locale, { guides: Object.fromEntries(guideSlugs(locale).map((g) => [g, g])), faqs: {}, tools: {} }), 'https://example.org');
  /** Each level-2 section: its heading and the tokens up to the next one, as an independent parser reads them. */
  const sections = (md: string) => {
    const out: { heading: string; body: Token[] }[] = [];
    for (const token of marked.lexer(md)) {
      if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) out.push({ heading: (token as Tokens.Heading).text, body: [] });
      else if (token.type !== 'space') out.at(-1)?.body.push(token);
    }
    return out;
  };

  it('lists the same conflicts as the printed box, right after the summary', () => {
    const plan = conflictPlan();
    const md = sections(planMarkdownText(plan, BRIEF_TODAY, text));
    expect(md.map((x) => x.heading).slice(0, 2)).toEqual([s['section.summary'], s['conflicts.heading']]);
    const [intro, list, ...rest] = md[1]!.body;
    expect(rest).toEqual([]);
    expect((intro as Tokens.Paragraph).text).toBe(s['conflicts.intro']);
    const items = (list as Tokens.List).items.map((i) => i.text);
    const printed = printedItems(renderToString(h(BriefConflicts, { report: computePlanReport(plan, BRIEF_TODAY), text })));
    expect(items).toEqual(printed);
    expect(items).toHaveLength(4);
    // Each line names the question, both answers and the part of the report that used each.
    for (const words of [s['consistency.expansion'], s['value.false.expansion'], s['value.true.expansion'], s['conflicts.section.readiness'], s['conflicts.section.timeline']]) {
      expect(items[0], words).toContain(words);
    }
  });

  it('has no conflicts section when the tools agree', () => {
    const md = planMarkdownText(fullPlan(), TODAY, text);
    expect(sections(md).map((x) => x.heading)).not.toContain(s['conflicts.heading']);
    expect(md).not.toContain(s['conflicts.intro']);
    for (const x of sections(md)) expect(x.body.length, x.heading).toBeGreaterThan(0);
  });
});
