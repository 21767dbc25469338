import { describe, expect, it } from 'vitest';
import { computeTco, matrixCsv, scoreMatrix, type MatrixCsvLabels, type MatrixInput } from '@/models/matrix';
import { BOM, csvCell, parseCsv, toCsv } from '@/lib/csv';

const input: MatrixInput = {
  weights: { 'process-fit': 3, usability: 1 },
  options: [
    { id: 'saas', scores: { 'process-fit': 5, usability: 1 } },
    { id: 'option-3', label: '自建 "core", v2', scores: { 'process-fit': 2, usability: 5 } },
  ],
};
const labels: MatrixCsvLabels = {
  criterion: '评估维度',
  weight: '权重',
  share: '占比 (%)',
  total: '总分 (0-100)',
  rank: '排名',
  cost: '成本',
  year: '第 {n} 年',
  costTotal: '合计',
  criteria: { 'process-fit': '流程适配', usability: '易用性' },
  options: { saas: '标准 SaaS CRM', 'option-3': '自建 "core", v2' },
};

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and uses CRLF, so Excel opens Chinese text correctly', () => {
    const text = matrixCsv(input, scoreMatrix(input), labels);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.includes('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('parses back to the table: criteria, weights, shares, scores, totals and ranks', () => {
    const rows = parseCsv(matrixCsv(input, scoreMatrix(input), labels));
    expect(rows).toEqual([
      ['评估维度', '权重', '占比 (%)', '标准 SaaS CRM', '自建 "core", v2'],
      ['流程适配', '3', '75', '5', '2'],
      ['易用性', '1', '25', '1', '5'],
      ['总分 (0-100)', '', '100', '75', '43.8'],
      ['排名', '', '', '1', '2'],
    ]);
  });

  it('adds the cost table by year when given', () => {
    const tco = computeTco({
      users: 10,
      years: 2,
      options: [
        { id: 'saas', licensePerUserPerMonth: 100, implementation: 20_000, annualMaintenance: 5_000, trainingPerUser: 300 },
        { id: 'option-3', licensePerUserPerMonth: 0, implementation: 80_000, annualMaintenance: 10_000, trainingPerUser: 0 },
      ],
    });
    const rows = parseCsv(matrixCsv(input, scoreMatrix(input), labels, tco));
    expect(rows.slice(5)).toEqual([
      [''],
      ['成本', '标准 SaaS CRM', '自建 "core", v2'],
      ['第 1 年', '40000', '90000'],
      ['第 2 年', '17000', '10000'],
      ['合计', '57000', '100000'],
    ]);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('-3')).toBe('"-3"');
    expect(csvCell(Number.NaN)).toBe('""');
  });

  it('round-trips quotes, commas and line breaks', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak'], ['', '中文']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
