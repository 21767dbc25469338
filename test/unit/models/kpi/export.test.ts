import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkdownTable } from '@/models/kpi';
import { toCsv, parseCsv, csvCell } from '@/lib/csv';

describe('toCsv (for Excel with Chinese text)', () => {
  it('starts with a UTF-8 BOM, quotes every field and ends lines with CRLF', () => {
    const csv = toCsv([['KPI', '目标值'], ['客户满意度(CSAT)', 80]]);
    expect(csv).toBe('\uFEFF"KPI","目标值"\r\n"客户满意度(CSAT)","80"\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('doubles quotes and keeps commas and line breaks inside a field', () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('-5')).toBe('"-5"');
    expect(csvCell(-5)).toBe('"-5"');
    expect(csvCell('+15%')).toBe('"+15%"');
    expect(csvCell('-1,200.5')).toBe('"-1,200.5"');
    expect(csvCell('+5 pts')).toBe('"\'+5 pts"');
    expect(csvCell('-')).toBe('"\'-"');
    expect(csvCell('+cmd|calc')).toBe('"\'+cmd|calc"');
  });

  it('writes non-finite numbers as empty cells', () => {
    expect(csvCell(Number.NaN)).toBe('""');
  });

  it('round-trips through parseCsv', () => {
    const rows = [['名称', 'a,b', 'line\r\nbreak', '"quoted"', ''], ['x', '中文', '1.5', 'y', 'z']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('round-trips any text that does not look like a formula (fast-check)', () => {
    const cell = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('parses LF-only files and files without a BOM', () => {
    expect(parseCsv('a,"b"\nc,d\n')).toEqual([['a', 'b'], ['c', 'd']]);
  });
});

describe('toMarkdownTable', () => {
  it('writes a header, a rule with alignment, and rows', () => {
    const md = toMarkdownTable(['KPI', 'Target'], [['CSAT', 80]], ['left', 'right']);
    expect(md).toBe('| KPI | Target |\n| --- | ---: |\n| CSAT | 80 |\n');
  });

  it('escapes pipes and backslashes and flattens line breaks', () => {
    const md = toMarkdownTable(['a'], [['x | y \\ z\nnext']]);
    expect(md.split('\n')[2]).toBe('| x \\| y \\\\ z next |');
  });

  it('keeps Chinese text and fills missing cells', () => {
    const md = toMarkdownTable(['名称', '负责人'], [['线索转化率']]);
    expect(md.split('\n')[2]).toBe('| 线索转化率 |  |');
  });

  it('always has the same number of cells per line (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.array(fc.array(fc.string(), { maxLength: 5 }), { maxLength: 5 }), (header, rows) => {
        const lines = toMarkdownTable(header, rows).trimEnd().split('\n');
        expect(lines.length).toBe(rows.length + 2);
        for (const line of lines) expect(line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length).toBe(header.length + 2);
      }),
    );
  });
});
