import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_SHEET,
  LIMITS,
  evaluateSheet,
  exampleSheet,
  groupByHorizon,
  kpisForPains,
  newRow,
  parseNumber,
  packSheet,
  unpackSheet,
  validateSheet,
} from '@/models/kpi';
import type { KpiSheet } from '@/models/kpi';

const TODAY = '2026-02-01';
const sheet = (): KpiSheet => exampleSheet(TODAY, (key) => `text:${key}`);

describe('pains suggest KPIs', () => {
  it('lists each suggested KPI once, in the pains’ order', () => {
    expect(kpisForPains(['opaque-pipeline', 'wasted-leads'])).toEqual(['win-rate', 'sales-cycle-days', 'lead-conversion-rate', 'cost-per-lead', 'new-customers']);
    expect(kpisForPains([])).toEqual([]);
    expect(kpisForPains(['no-such-pain'])).toEqual([]);
  });
});

describe('new rows', () => {
  it('start with a deadline and a review cadence matching where 003 places the KPI', () => {
    expect(newRow('r1', 'data-entry-accuracy', TODAY)).toMatchObject({ deadline: '2026-05-01', cadence: 'weekly', baseline: '', target: '' });
    expect(newRow('r2', 'win-rate', TODAY)).toMatchObject({ deadline: '2027-02-01', cadence: 'monthly' });
    expect(newRow('r3', 'csat', TODAY)).toMatchObject({ deadline: '2028-02-01', cadence: 'quarterly' });
  });
});

describe('the example sheet', () => {
  it('evaluates fully, with every row attainable or a stretch, across the three terms', () => {
    const results = evaluateSheet(sheet(), TODAY);
    expect(results.every((r) => r.ok)).toBe(true);
    for (const r of results) if (r.ok) expect(r.evaluation.smart).toMatchObject({ specific: true, measurable: true, relevant: true, timeBound: true });
    const groups = groupByHorizon(results);
    expect(groups.short.length).toBeGreaterThan(0);
    expect(groups.mid.length).toBeGreaterThan(0);
    expect(groups.long.length).toBeGreaterThan(0);
    expect(groups.incomplete).toEqual([]);
  });

  it('takes its words from the page’s dictionary', () => {
    expect(sheet().rows[0]!.owner).toBe('text:example.owner.admin');
  });
});

describe('evaluateSheet keeps the rest working when one row is bad', () => {
  it('reports the bad row’s errors and evaluates the others', () => {
    const s = sheet();
    s.rows[1] = { ...s.rows[1]!, target: '15' }; // lower conversion: wrong direction
    const results = evaluateSheet(s, TODAY);
    expect(results[1]).toMatchObject({ ok: false, errors: [{ field: 'target', code: 'wrong-direction' }] });
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(groupByHorizon(results).incomplete).toEqual([s.rows[1]!.uid]);
  });

  it('evaluates custom KPIs', () => {
    const s: KpiSheet = {
      pains: [],
      customKpis: [{ id: 'custom-q1', name: 'Quotes within 24 h', unit: 'percent', direction: 'increase', category: 'sales' }],
      rows: [{ ...newRow('r1', 'custom-q1', TODAY), baseline: '40', target: '60', owner: 'Zhao' }],
    };
    const [r] = evaluateSheet(s, TODAY);
    expect(r!.ok).toBe(true);
    const bad = evaluateSheet({ ...s, rows: [{ ...s.rows[0]!, target: '160' }] }, TODAY)[0]!;
    expect(bad).toMatchObject({ ok: false, errors: [{ field: 'target', code: 'out-of-range' }] });
  });
});

describe('validateSheet (localStorage and share links)', () => {
  it('accepts a sound sheet, the empty sheet and a sheet with half-typed values', () => {
    expect(validateSheet(sheet())).toEqual({ ok: true, value: sheet() });
    expect(validateSheet(EMPTY_SHEET)).toEqual({ ok: true, value: EMPTY_SHEET });
    const s = sheet();
    s.rows[0] = { ...s.rows[0]!, baseline: 'abc', deadline: '' };
    expect(validateSheet(s).ok).toBe(true);
  });

  const tamper: [string, (s: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'hello'],
    ['an array', () => []],
    ['rows missing', (s) => ({ ...s, rows: undefined })],
    ['an unknown pain', (s) => ({ ...s, pains: ['invented'] })],
    ['a repeated pain', (s) => ({ ...s, pains: ['slow-service', 'slow-service'] })],
    ['an unknown KPI id', (s) => ({ ...s, rows: [{ ...(s.rows as object[])[0], kpiId: 'market-share' }] })],
    ['a row id with markup', (s) => ({ ...s, rows: [{ ...(s.rows as object[])[0], uid: '<img src=x>' }] })],
    ['a duplicate row id', (s) => ({ ...s, rows: [(s.rows as object[])[0], (s.rows as object[])[0]] })],
    ['a number where text belongs', (s) => ({ ...s, rows: [{ ...(s.rows as object[])[0], owner: 5 }] })],
    ['an oversized owner', (s) => ({ ...s, rows: [{ ...(s.rows as object[])[0], owner: 'x'.repeat(LIMITS.text + 1) }] })],
    ['an unknown review cadence', (s) => ({ ...s, rows: [{ ...(s.rows as object[])[0], cadence: 'daily' }] })],
    ['too many rows', (s) => ({ ...s, rows: Array.from({ length: LIMITS.rows + 1 }, (_, i) => ({ ...(s.rows as object[])[0], uid: `r${i}` })) })],
    ['a custom KPI with a bad unit', (s) => ({ ...s, customKpis: [{ id: 'custom-a', name: 'A', unit: 'kg', direction: 'increase', category: 'sales' }] })],
    ['a custom KPI with a bad id', (s) => ({ ...s, customKpis: [{ id: '__proto__', name: 'A', unit: 'count', direction: 'increase', category: 'sales' }] })],
    ['a custom KPI without a name', (s) => ({ ...s, customKpis: [{ id: 'custom-a', name: '  ', unit: 'count', direction: 'increase', category: 'sales' }] })],
  ];
  it.each(tamper)('rejects %s', (_name, change) => {
    expect(validateSheet(change(sheet() as unknown as Record<string, unknown>)).ok).toBe(false);
  });

  it('ignores extra keys and never copies prototype keys', () => {
    const raw = JSON.parse(JSON.stringify(sheet()).replace('{"pains"', '{"__proto__":{"polluted":1},"extra":"x","pains"'));
    const r = validateSheet(raw);
    expect(r.ok).toBe(true);
    expect(r.ok && Object.keys(r.value)).toEqual(['pains', 'customKpis', 'rows']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on random input (fast-check)', () => {
    fc.assert(fc.property(fc.anything(), (v) => typeof validateSheet(v).ok === 'boolean'));
    fc.assert(fc.property(fc.jsonValue(), (v) => typeof validateSheet(v).ok === 'boolean'));
  });
});

describe('parseNumber', () => {
  it.each([
    ['85', 85], ['85%', 85], [' 12.5 ', 12.5], ['１２．５', 12.5], ['-3', -3], ['－3', -3], ['1,234,567.5', 1234567.5], ['.5', 0.5], ['1e3', 1000], [42, 42],
  ] as const)('reads %j as %d', (input, value) => {
    expect(parseNumber(input)).toEqual({ ok: true, value });
  });
  it.each([['', 'missing'], [undefined, 'missing'], [null, 'missing'], ['abc', 'not-a-number'], ['1,2', 'not-a-number'], ['1e999', 'not-a-number'], [Number.NaN, 'not-a-number'], [true, 'not-a-number']] as const)(
    'refuses %j with %s',
    (input, code) => {
      expect(parseNumber(input)).toEqual({ ok: false, code });
    },
  );
});

describe('share-link packing', () => {
  it('round-trips a sheet (row ids are renumbered)', () => {
    const s = sheet();
    s.customKpis.push({ id: 'custom-x1', name: '报价响应 24h', unit: 'hours', direction: 'decrease', category: 'operations' });
    s.rows.push({ ...newRow('zz', 'custom-x1', TODAY), baseline: '48', target: '24' });
    const back = unpackSheet(JSON.parse(JSON.stringify(packSheet(s))));
    expect(back.ok).toBe(true);
    const strip = (k: KpiSheet) => ({ ...k, rows: k.rows.map(({ uid: _uid, ...rest }) => rest) });
    expect(back.ok && strip(back.value)).toEqual(strip(s));
    expect(back.ok && back.value.rows.map((r) => r.uid)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('is shorter than the plain JSON', () => {
    expect(JSON.stringify(packSheet(sheet())).length).toBeLessThan(JSON.stringify(sheet()).length * 0.8);
  });

  it.each([
    ['another version', [2, [], [], []]],
    ['an object', { pains: [] }],
    ['a short row', [1, [], [], [['csat', '1']]]],
    ['a bad cadence index', [1, [], [], [['csat', '70', '80', '2027-01-01', '', '', '', 7]]]],
    ['an unknown KPI', [1, [], [], [['nope', '70', '80', '2027-01-01', '', '', '', 1]]]],
    ['markup in a pain', [1, ['<b>'], [], []]],
  ])('refuses %s', (_name, raw) => {
    expect(unpackSheet(raw).ok).toBe(false);
  });

  it('never throws on random input (fast-check)', () => {
    fc.assert(fc.property(fc.anything(), (v) => typeof unpackSheet(v).ok === 'boolean'));
    fc.assert(
      fc.property(fc.tuple(fc.constant(1), fc.array(fc.string()), fc.array(fc.array(fc.string())), fc.array(fc.array(fc.oneof(fc.string(), fc.integer())))), (v) => typeof unpackSheet(v).ok === 'boolean'),
    );
  });
});
