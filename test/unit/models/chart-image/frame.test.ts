import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml, frameChart, legendRows } from '@/models/chart-image/frame';

const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><rect x="0" y="0" width="40" height="20" fill="rgb(11, 107, 87)"/></svg>';
const base = {
  chart,
  chartWidth: 400,
  chartHeight: 200,
  title: '五个阶段的时间线',
  byline: '华东精工 <测试> & Co · 2026-06-15',
  legend: [
    { label: '可能工期', fill: 'rgb(11, 107, 87)' },
    { label: 'Pessimistic extra', fill: 'rgb(227, 242, 237)', stroke: 'rgb(11, 107, 87)' },
  ],
  background: 'rgb(251, 251, 249)',
  text: 'rgb(27, 36, 33)',
  muted: 'rgb(79, 91, 87)',
};

const texts = (svg: string): string[] => {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'text' || k === 'title') (Array.isArray(v) ? v : [v]).forEach((t) => out.push(typeof t === 'object' ? String((t as Record<string, unknown>)['#text'] ?? '') : String(t)));
        else walk(v);
      }
    }
  };
  walk(new XMLParser({ ignoreAttributes: false }).parse(svg));
  return out;
};

describe('chart image frame', () => {
  it('is well-formed SVG with the title, the company line, the legend and the chart', () => {
    const { svg, width, height } = frameChart(base);
    expect(XMLValidator.validate(svg)).toBe(true);
    const all = texts(svg);
    expect(all).toContain('五个阶段的时间线');
    expect(all).toContain('华东精工 <测试> & Co · 2026-06-15');
    expect(all).toContain('可能工期');
    expect(all).toContain('Pessimistic extra');
    expect(width).toBeGreaterThanOrEqual(400);
    expect(height).toBeGreaterThan(200);
    expect(svg).not.toMatch(/var\(/);
    expect(svg).toContain('Noto Sans CJK SC');
  });

  it('leaves the company line out when there is none', () => {
    const { svg } = frameChart({ ...base, byline: '' });
    expect(texts(svg)).not.toContain('');
  });

  it('wraps the legend into rows that fit the width', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ label: `评估维度 ${i + 1} 流程适配`, fill: '#000' }));
    const rows = legendRows(many, 400);
    expect(Math.max(...rows.map((r) => r.row))).toBeGreaterThan(0);
    for (const r of rows) expect(r.x).toBeLessThan(400);
    const short = frameChart({ ...base, legend: many.slice(0, 1) });
    const tall = frameChart({ ...base, legend: many });
    expect(tall.height).toBeGreaterThan(short.height);
  });

  it('stays well-formed whatever the title, company and labels hold (fast-check)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string(), { maxLength: 6 }), (title, byline, labels) => {
        const { svg } = frameChart({ ...base, title, byline, legend: labels.map((label) => ({ label, fill: '#123456' })) });
        expect(XMLValidator.validate(svg)).toBe(true);
      }),
    );
  });

  it('escapes markup characters', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
