import { describe, expect, it } from 'vitest';
import { validateKpiInput, MAX_TEXT_LENGTH } from '@/models/kpi';
import type { KpiDefinition } from '@/models/kpi';

const TODAY = '2026-03-10';
const good = { kpiId: 'csat', baseline: 70, target: 80, deadline: '2027-03-10', today: TODAY };

function errorsOf(input: unknown, extra: KpiDefinition[] = []) {
  const r = validateKpiInput(input, extra);
  return r.ok ? [] : r.errors;
}

describe('validateKpiInput accepts', () => {
  it('a complete row and returns numbers and trimmed text', () => {
    const r = validateKpiInput({ ...good, baseline: ' 70 ', target: '80%', owner: '  王经理 ', dataSource: '', goal: 'Keep customers' });
    expect(r).toEqual({ ok: true, value: { kpiId: 'csat', baseline: 70, target: 80, deadline: '2027-03-10', today: TODAY, owner: '王经理', goal: 'Keep customers' } });
  });

  it.each([
    ['full-width digits from a Chinese IME', '７０．５', 70.5],
    ['a full-width percent sign', '70％', 70],
    ['thousands separators', '12,000', 12000],
    ['a leading plus', '+70', 70],
  ])('%s', (_name, typed, value) => {
    const r = validateKpiInput({ ...good, kpiId: 'average-order-value', baseline: typed, target: 999999 });
    expect(r.ok && r.value.baseline).toBe(value);
  });

  it('NPS down to -100 and a negative ROI', () => {
    expect(validateKpiInput({ ...good, kpiId: 'nps', baseline: -100, target: -20 }).ok).toBe(true);
    expect(validateKpiInput({ ...good, kpiId: 'campaign-roi', baseline: -40, target: 20 }).ok).toBe(true);
  });

  it('a custom KPI passed as an extra definition', () => {
    const extra: KpiDefinition[] = [{ id: 'custom-1', category: 'operations', unit: 'hours', direction: 'decrease', min: 0 }];
    expect(validateKpiInput({ ...good, kpiId: 'custom-1', baseline: 48, target: 24 }, extra).ok).toBe(true);
  });
});

describe('validateKpiInput reports every code on its field', () => {
  const cases: [string, unknown, { field: string; code: string }][] = [
    ['unknown-kpi: an id not in the catalog', { ...good, kpiId: 'market-share' }, { field: 'kpiId', code: 'unknown-kpi' }],
    ['unknown-kpi: an id of the wrong type', { ...good, kpiId: 42 }, { field: 'kpiId', code: 'unknown-kpi' }],
    ['missing: no KPI id', { ...good, kpiId: '' }, { field: 'kpiId', code: 'missing' }],
    ['missing: empty baseline', { ...good, baseline: '  ' }, { field: 'baseline', code: 'missing' }],
    ['missing: no target', { ...good, target: undefined }, { field: 'target', code: 'missing' }],
    ['missing: no deadline', { ...good, deadline: '' }, { field: 'deadline', code: 'missing' }],
    ['not-a-number: letters', { ...good, baseline: 'seventy' }, { field: 'baseline', code: 'not-a-number' }],
    ['not-a-number: NaN', { ...good, target: Number.NaN }, { field: 'target', code: 'not-a-number' }],
    ['not-a-number: Infinity', { ...good, target: Number.POSITIVE_INFINITY }, { field: 'target', code: 'not-a-number' }],
    ['not-a-number: an ambiguous comma', { ...good, baseline: '7,5' }, { field: 'baseline', code: 'not-a-number' }],
    ['not-a-number: an object', { ...good, baseline: {} }, { field: 'baseline', code: 'not-a-number' }],
    ['out-of-range: a percentage above 100', { ...good, target: 120 }, { field: 'target', code: 'out-of-range' }],
    ['out-of-range: a negative percentage', { ...good, baseline: -5 }, { field: 'baseline', code: 'out-of-range' }],
    ['out-of-range: NPS below -100', { ...good, kpiId: 'nps', baseline: -120, target: 10 }, { field: 'baseline', code: 'out-of-range' }],
    ['out-of-range: NPS above 100', { ...good, kpiId: 'nps', baseline: 10, target: 101 }, { field: 'target', code: 'out-of-range' }],
    ['out-of-range: a negative count', { ...good, kpiId: 'new-customers', baseline: -3, target: 10 }, { field: 'baseline', code: 'out-of-range' }],
    ['out-of-range: negative days', { ...good, kpiId: 'sales-cycle-days', baseline: 30, target: -1 }, { field: 'target', code: 'out-of-range' }],
    ['out-of-range: an absurd magnitude', { ...good, kpiId: 'average-order-value', baseline: 100, target: 1e13 }, { field: 'target', code: 'out-of-range' }],
    ['out-of-range: a deadline more than ten years out', { ...good, deadline: '2036-03-11' }, { field: 'deadline', code: 'out-of-range' }],
    ['no-change: target equals baseline', { ...good, target: 70 }, { field: 'target', code: 'no-change' }],
    ['no-change: the same value typed differently', { ...good, baseline: '70.0', target: '70' }, { field: 'target', code: 'no-change' }],
    ['wrong-direction: a higher cost per lead', { ...good, kpiId: 'cost-per-lead', baseline: 100, target: 120 }, { field: 'target', code: 'wrong-direction' }],
    ['wrong-direction: a lower satisfaction', { ...good, target: 60 }, { field: 'target', code: 'wrong-direction' }],
    ['wrong-direction: a longer sales cycle', { ...good, kpiId: 'sales-cycle-days', baseline: 30, target: 40 }, { field: 'target', code: 'wrong-direction' }],
    ['deadline-past: deadline is today', { ...good, deadline: TODAY }, { field: 'deadline', code: 'deadline-past' }],
    ['deadline-past: deadline before today', { ...good, deadline: '2025-12-31' }, { field: 'deadline', code: 'deadline-past' }],
    ['not-a-date: 30 February', { ...good, deadline: '2027-02-30' }, { field: 'deadline', code: 'not-a-date' }],
    ['not-a-date: a local format', { ...good, deadline: '2027/03/10' }, { field: 'deadline', code: 'not-a-date' }],
    ['not-a-date: a bad "today"', { ...good, today: 'yesterday' }, { field: 'today', code: 'not-a-date' }],
    ['not-text: an owner that is not a string', { ...good, owner: ['a'] }, { field: 'owner', code: 'not-text' }],
    ['too-long: a data source of a whole page', { ...good, dataSource: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, { field: 'dataSource', code: 'too-long' }],
    ['missing: not an object at all', 'csat', { field: 'input', code: 'missing' }],
    ['missing: null', null, { field: 'input', code: 'missing' }],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toContainEqual(expected);
  });

  it('reports several fields at once and keeps one code per field', () => {
    const errs = errorsOf({ kpiId: 'csat', baseline: 'abc', target: 120, deadline: '2020-01-01', today: TODAY });
    expect(errs).toEqual([
      { field: 'baseline', code: 'not-a-number' },
      { field: 'target', code: 'out-of-range' },
      { field: 'deadline', code: 'deadline-past' },
    ]);
  });

  it('ignores prototype keys and unknown fields', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "kpiId": "csat", "baseline": 70, "target": 80, "deadline": "2027-03-10", "today": "2026-03-10", "extra": "<script>"}');
    const r = validateKpiInput(hostile);
    expect(r.ok).toBe(true);
    expect(r.ok && Object.keys(r.value).sort()).toEqual(['baseline', 'deadline', 'kpiId', 'target', 'today']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
