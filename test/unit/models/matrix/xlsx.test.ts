import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { computeTco, matrixLayout, matrixXlsxSheets, scoreMatrix, SCORE_MAX, SCORE_MIN, type MatrixInput, type MatrixXlsxLabels } from '@/models/matrix';
import { cellRef } from '@/lib/xlsx-sheet';
import { writeBook, range, readXlsx, recalc } from '../../../support/xlsx';

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
  return readXlsx(await writeBook(matrixXlsxSheets(m, labels, t)));
}

/** Each formula cell's stored value (`<c r="D4"><f>…</f><v>…</v></c>`), read from the zipped XML. */
async function storedValues(m: MatrixInput, file: string): Promise<Map<string, number>> {
  const sheets = matrixXlsxSheets(m, labels, tco);
  const bytes = await writeBook(sheets);
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))[file]!);
  const out = new Map<string, number>();
  for (const [, ref, value] of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g)) out.set(ref!, Number(value));
  return out;
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

  it('every formula carries the value it computes, for readers that do not calculate (fast-check)', async () => {
    const criteria = ['process-fit', 'usability', 'data-security'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 })),
        fc.array(fc.tuple(fc.integer({ min: SCORE_MIN, max: SCORE_MAX }), fc.integer({ min: SCORE_MIN, max: SCORE_MAX }), fc.integer({ min: SCORE_MIN, max: SCORE_MAX })), { minLength: 2, maxLength: 4 }),
        async (weights, scores) => {
          const m: MatrixInput = {
            weights: Object.fromEntries(criteria.map((c, i) => [c, weights[i]!])),
            options: scores.map((s, k) => ({ id: k === 0 ? 'saas' : `option-${k + 1}`, label: `O${k + 1}`, scores: Object.fromEntries(criteria.map((c, i) => [c, s[i]!])) })),
          };
          const sheet = (await workbook(m)).get('选型矩阵')!;
          const recalculated = recalc(sheet);
          // The values stored in the file, read from its XML as a non-calculating reader would.
          const stored = await storedValues(m, 'xl/worksheets/sheet1.xml');
          const formulas = [...sheet].filter(([, cell]) => cell.formula).map(([address]) => address);
          expect(formulas.length).toBeGreaterThan(0);
          for (const address of formulas) {
            expect(stored.get(address), address).toBeCloseTo(recalculated.get(address) as number, 9);
          }
          const L = matrixLayout(m);
          const site = scoreMatrix(m);
          m.options.forEach((o, k) => expect(stored.get(cellRef(L.totalRow, L.firstOptionCol + k))).toBeCloseTo(site.totals[o.id]!, 1));
        },
      ),
      { numRuns: 25 },
    );
    const cost = await storedValues(input, 'xl/worksheets/sheet2.xml');
    expect(cost.get('B5')).toBe(tco.options[0]!.total);
    expect(cost.get('C5')).toBe(tco.options[1]!.total);
  });

  it('asks the spreadsheet program to recalculate on opening', async () => {
    const bytes = await writeBook(matrixXlsxSheets(input, labels, tco));
    const workbookXml = strFromU8(unzipSync(new Uint8Array(bytes))['xl/workbook.xml']!);
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
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
