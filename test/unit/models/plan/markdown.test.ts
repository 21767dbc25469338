import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marked } from 'marked';
import { mdText, planMarkdown } from '@/models/plan/markdown';

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

  it('prints any company name as typed, never as markup (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)), (name) => {
        const html = marked.parseInline(mdText(name)) as string;
        expect(html).not.toMatch(/<(em|strong|a|code|del|img)\b/);
      }),
    );
  });
});
