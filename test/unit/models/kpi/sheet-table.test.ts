// The localized table behind the CSV, Markdown and printed sheet (src/components/kpi/sheet-table.ts).
import { describe, expect, it } from 'vitest';
import { islandStrings } from '@/i18n/tools/kpi';
import { LOCALES } from '@/i18n/locales';
import { evaluateSheet, exampleSheet, newRow, toMarkdownTable } from '@/models/kpi';
import { parseCsv, toCsv } from '@/lib/csv';
import { smartCode, tableHeader, tableRows } from '@/components/kpi/sheet-table';
import { makeText } from '@/components/kpi/text';
import { formatDate } from '@/i18n/format';

const TODAY = '2026-03-01';

describe.each(LOCALES)('sheet table (%s)', (locale) => {
  const s = islandStrings(locale);
  const text = makeText(locale, s);
  const sheet = exampleSheet(TODAY, (k) => s[k]);
  sheet.rows.push({ ...newRow('bad', 'cost-per-lead', TODAY), baseline: '100', target: '120' });
  const results = evaluateSheet(sheet, TODAY);

  it('has one cell per header column on every row', () => {
    const header = tableHeader(text);
    expect(header).toHaveLength(15);
    for (const row of tableRows(text, sheet, results)) expect(row.cells).toHaveLength(header.length);
  });

  it('orders rows short, mid, long, then incomplete', () => {
    const groups = tableRows(text, sheet, results).map((r) => r.group);
    expect(groups).toEqual(['short', 'mid', 'mid', 'long', 'incomplete']);
  });

  it('writes numbers as numbers, dates as ISO and the SMART code as letters', () => {
    const [first] = tableRows(text, sheet, results);
    expect(first!.cells[0]).toBe(s['kpi.data-entry-accuracy.name']);
    expect(first!.cells[4]).toBe(80);
    expect(first!.cells[5]).toBe(95);
    expect(first!.cells[7]).toBe('2026-06-01');
    expect(first!.cells[13]).toMatch(/^S✓ M✓ A[✓~] R✓ T✓$/);
    expect(smartCode(results.at(-1)!)).toBe('');
  });

  it('keeps a row that does not validate, with its values as typed', () => {
    const bad = tableRows(text, sheet, results).at(-1)!;
    expect(bad.cells.slice(4, 6)).toEqual(['100', '120']);
    expect(bad.cells[8]).toBe(s['csv.incomplete']);
  });

  it('gives people each value with its unit and the deadline as the locale writes it', () => {
    const rows = tableRows(text, sheet, results, 'people');
    const [first] = rows;
    // Data entry accuracy is a percentage.
    expect(first!.cells.slice(4, 6)).toEqual([s['value.percent'].replace('{value}', '80'), s['value.percent'].replace('{value}', '95')]);
    expect(first!.cells[7]).toBe(formatDate(locale, '2026-06-01'));
    expect(first!.cells[7]).not.toContain('2026-06-01');
    // The files keep their bare numbers, and a row being filled in keeps what was typed.
    expect(tableRows(text, sheet, results)[0]!.cells[4]).toBe(80);
    expect(rows.at(-1)!.cells.slice(4, 8)).toEqual(['100', '120', '', sheet.rows.at(-1)!.deadline]);
  });

  it('survives the CSV round trip and makes a Markdown table of the same size', () => {
    const header = tableHeader(text);
    const rows = tableRows(text, sheet, results).map((r) => r.cells);
    const back = parseCsv(toCsv([header, ...rows]));
    expect(back).toEqual([header, ...rows.map((r) => r.map(String))]);
    expect(toMarkdownTable(header, rows).trim().split('\n')).toHaveLength(rows.length + 2);
  });
});
