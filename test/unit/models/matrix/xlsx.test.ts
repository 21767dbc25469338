import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { computeTco, matrixLayout, matrixXlsxSheets, scoreMatrix, SCORE_MAX, SCORE_MIN, type MatrixInput, type MatrixXlsxLabels } from '@/models/matrix';
import { toLibrarySheets } from '@/lib/xlsx-write';
import { cellRef } from '@/lib/xlsx-sheet';
import { range, readXlsx, recalc } from '../../../support/xlsx';

const input: MatrixInput = {
  weights: { 'process-fit': 3, usability: 1 },
  options: [
    { id: 'saas', scores: { 'process-fit': 5, usability: 1 } },
    { id: 'option-3', label: '自建 "core", v2', scores: { 'process-fit': 2, usability: 5 } },
  ],
};
const labels: MatrixXlsxLabels = {
  criterion: '评估维度',
  weight: '权重',
  share: '占比',
  total: '总分（0–100）',
  rank: '排名',
  cost: '成本',
  year: '第 {n} 年',
  costTotal: '合计',
  criteria: { 'process-fit': '流程适配', usability: '易用性' },
  options: { saas: '标准 SaaS CRM', 'option-3': '自建 "core", v2' },
  matrixSheet: '选型矩阵',
  costSheet: '三年成本',
  note: '改动权重或评分，合计随之重算。',
};
const tco = computeTco({
  users: 10,
  years: 3,
  options: [
    { id: 'saas', licensePerUserPerMonth: 100, implementation: 20_000, annualMaintenance: 5_000, trainingPerUser: 300 },
    { id: 'option-3', licensePerUserPerMonth: 0, implementation: 80_000, annualMaintenance: 10_000, trainingPerUser: 0 },
  ],
});

async function workbook(m: MatrixInput, t = tco) {
  return readXlsx(await writeXlsxFile(toLibrarySheets(matrixXlsxSheets(m, labels, t))).toBuffer());
}

describe('matrix workbook', () => {
  it('holds the criteria, weights and scores as typed cells and the totals as formulas', async () => {
    const book = await workbook(input);
    expect([...book.keys()]).toEqual(['选型矩阵', '三年成本']);
    const sheet = book.get('选型矩阵')!;
    expect(range(sheet, 'A1', 'E1')).toEqual([['评估维度', '权重', '占比', '标准 SaaS CRM', '自建 "core", v2']]);
    expect(range(sheet, 'A2', 'B3')).toEqual([['流程适配', 3], ['易用性', 1]]);
    expect(range(sheet, 'D2', 'E3')).toEqual([[5, 2], [1, 5]]);
    expect(sheet.get('D4')!.formula).toMatch(/SUMPRODUCT/);
    expect(sheet.get('C2')!.numFmt).toBe('0.0%');
  });

  it('totals recalculated by an independent engine equal the site’s', async () => {
    const sheet = (await workbook(input)).get('选型矩阵')!;
    const values = recalc(sheet);
    const site = scoreMatrix(input);
    expect(values.get('D4')).toBeCloseTo(site.totals.saas!, 9);
    expect(values.get('E4')).toBeCloseTo(site.totals['option-3']!, 9);
    expect(values.get('C2')).toBeCloseTo(0.75, 9);
  });

  it('changing a weight cell moves the totals as the site would (fast-check)', async () => {
    const sheet = (await workbook(input)).get('选型矩阵')!;
    const L = matrixLayout(input);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: SCORE_MIN, max: SCORE_MAX }), async (w1, w2, s) => {
        const edits = { [cellRef(L.firstRow, L.weightCol)]: w1, [cellRef(L.firstRow + 1, L.weightCol)]: w2, [cellRef(L.firstRow + 1, L.firstOptionCol)]: s };
        const values = recalc(sheet, edits);
        const changed: MatrixInput = {
          weights: { 'process-fit': w1, usability: w2 },
          options: [
            { id: 'saas', scores: { 'process-fit': 5, usability: s } },
            { id: 'option-3', scores: { 'process-fit': 2, usability: 5 } },
          ],
        };
        const site = scoreMatrix(changed);
        expect(values.get(cellRef(L.totalRow, L.firstOptionCol))).toBeCloseTo(site.totals.saas!, 6);
        expect(values.get(cellRef(L.totalRow, L.firstOptionCol + 1))).toBeCloseTo(site.totals['option-3']!, 6);
      }),
      { numRuns: 40 },
    );
  });

  it('the cost sheet has a row per year and a live total', async () => {
    const sheet = (await workbook(input)).get('三年成本')!;
    expect(range(sheet, 'A1', 'C4')).toEqual([
      ['成本', '标准 SaaS CRM', '自建 "core", v2'],
      ['第 1 年', tco.options[0]!.byYear[0], tco.options[1]!.byYear[0]],
      ['第 2 年', tco.options[0]!.byYear[1], tco.options[1]!.byYear[1]],
      ['第 3 年', tco.options[0]!.byYear[2], tco.options[1]!.byYear[2]],
    ]);
    expect(sheet.get('A5')!.value).toBe('合计');
    const values = recalc(sheet);
    expect(values.get('B5')).toBe(tco.options[0]!.total);
    expect(values.get('C5')).toBe(tco.options[1]!.total);
    expect(recalc(sheet, { B2: 0 }).get('B5')).toBe(tco.options[0]!.total - tco.options[0]!.byYear[0]!);
  });

  it('leaves the cost sheet out when there is no cost comparison', async () => {
    const book = await workbook(input, { options: [] });
    expect([...book.keys()]).toEqual(['选型矩阵']);
  });
});
