import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, addDays } from '@/models/calendar';
import { KPI_CATALOG, evaluateKpi, judgeAttainability, validateKpiInput } from '@/models/kpi';
import type { Attainability, KpiDefinition } from '@/models/kpi';

const RANK: Record<Attainability, number> = { yes: 0, stretch: 1, unlikely: 2 };

// A valid row: a catalog KPI, a baseline and a target inside its range, pointing its good way.
const validRow = fc
  .record({
    def: fc.constantFrom(...KPI_CATALOG),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    todayOffset: fc.integer({ min: 0, max: 3650 }),
    days: fc.integer({ min: 1, max: 3650 }),
  })
  .map(({ def, a, b, todayOffset, days }) => {
    const lo = def.min ?? -1000;
    const hi = def.max ?? (def.min ?? 0) + 1e6;
    const x = lo + (hi - lo) * a;
    const y = lo + (hi - lo) * b;
    const [small, large] = x < y ? [x, y] : [y, x];
    const [baseline, target] = def.direction === 'increase' ? [small, large] : [large, small];
    const today = addDays('2024-01-01', todayOffset);
    return { def, input: { kpiId: def.id, baseline, target, today, deadline: addDays(today, days) } };
  })
  .filter(({ input }) => input.baseline !== input.target);

const finiteDeep = (v: unknown): boolean => {
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(finiteDeep);
  if (v && typeof v === 'object') return Object.values(v).every(finiteDeep);
  return true;
};

describe('properties of evaluateKpi over random valid input', () => {
  it('valid rows validate', () => {
    fc.assert(fc.property(validRow, ({ input }) => validateKpiInput(input).ok));
  });

  it('produces no NaN or Infinity anywhere', () => {
    fc.assert(fc.property(validRow, ({ input }) => finiteDeep(evaluateKpi(input))));
  });

  it('milestones fall on the same day of each month, move monotonically, and end on the target at the deadline', () => {
    fc.assert(
      fc.property(validRow, ({ input }) => {
        const { milestones } = evaluateKpi(input);
        const last = milestones.at(-1)!;
        expect(last).toEqual({ date: input.deadline, value: input.target });
        // One milestone a month after today (calendar months, counted by the calendar's own addMonths),
        // every one before the deadline, then the deadline itself.
        milestones.slice(0, -1).forEach((m, i) => expect(m.date).toBe(addMonths(input.today, i + 1)));
        expect(addMonths(input.today, milestones.length) >= input.deadline).toBe(true);
        const values = [input.baseline, ...milestones.map((m) => m.value)];
        const sign = Math.sign(input.target - input.baseline);
        for (let i = 1; i < values.length; i += 1) expect(Math.sign(values[i]! - values[i - 1]!) * sign).toBeGreaterThanOrEqual(0);
        const dates = [input.today, ...milestones.map((m) => m.date)];
        for (let i = 1; i < dates.length; i += 1) expect(dates[i]! > dates[i - 1]!).toBe(true);
      }),
    );
  });

  it('puts a deadline within three calendar months in the short term, within a year in the mid term, later in the long term', () => {
    fc.assert(
      fc.property(validRow, ({ input }) => {
        const e = evaluateKpi(input);
        const expected = input.deadline <= addMonths(input.today, 3) ? 'short' : input.deadline <= addMonths(input.today, 12) ? 'mid' : 'long';
        expect(e.horizon).toBe(expected);
        expect(e.months).toBeGreaterThan(0);
        // Whole calendar months elapsed bound the figure shown from below and above.
        let whole = 0;
        while (addMonths(input.today, whole + 1) <= input.deadline) whole += 1;
        expect(e.months).toBeGreaterThanOrEqual(whole - 0.005);
        expect(e.months).toBeLessThanOrEqual(whole + 1);
      }),
    );
  });

  it('states the change so that it leads back from the baseline to the target', () => {
    fc.assert(
      fc.property(validRow, ({ input }) => {
        const { change } = evaluateKpi(input);
        expect(input.baseline + change.absolute).toBeCloseTo(input.target, 4);
        if (input.baseline === 0) expect(change.relative).toBeNull();
        else if (change.relative !== null) {
          // Relative to the size of the baseline: the target is baseline + |baseline| x relative.
          // The relative figure is rounded for display, so allow that rounding's share of the baseline.
          const error = Math.abs(input.baseline + Math.abs(input.baseline) * change.relative - input.target);
          expect(error).toBeLessThanOrEqual(Math.abs(input.baseline) * 1e-6 + 1e-9);
          if (change.relative !== 0) expect(Math.sign(change.relative)).toBe(Math.sign(input.target - input.baseline));
        }
      }),
    );
  });

  it('never judges a change harder when more time is given', () => {
    fc.assert(
      fc.property(validRow, fc.integer({ min: 1, max: 48 }), ({ def, input }, extra) => {
        const sooner = evaluateKpi(input).smart.attainable;
        const later = evaluateKpi({ ...input, deadline: addMonths(input.deadline, extra) }).smart.attainable;
        expect(RANK[later]).toBeLessThanOrEqual(RANK[sooner]);
        void def;
      }),
    );
  });

  it('never judges a bigger change easier in the same time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KPI_CATALOG), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 60, noNaN: true }), (def: KpiDefinition, p, s1, s2, months) => {
        const lo = def.min ?? -1000;
        const hi = def.max ?? (def.min ?? 0) + 1e6;
        const baseline = lo + (hi - lo) * p;
        const room = def.direction === 'increase' ? hi - baseline : baseline - lo;
        const sign = def.direction === 'increase' ? 1 : -1;
        const [small, big] = s1 < s2 ? [s1, s2] : [s2, s1];
        const a = judgeAttainability(def, baseline, baseline + sign * room * small, months);
        const b = judgeAttainability(def, baseline, baseline + sign * room * big, months);
        expect(b.effort).toBeGreaterThanOrEqual(a.effort - 1e-12);
        expect(RANK[b.verdict]).toBeGreaterThanOrEqual(RANK[a.verdict]);
      }),
    );
  });

  it('never throws on hostile input: validation answers with codes', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validateKpiInput(input);
        if (!r.ok) for (const e of r.errors) expect(typeof e.code).toBe('string');
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ kpiId: fc.oneof(fc.constantFrom(...KPI_CATALOG.map((d) => d.id)), fc.string()), baseline: fc.oneof(fc.string(), fc.double()), target: fc.oneof(fc.string(), fc.double()), deadline: fc.string(), today: fc.constant('2026-01-01') }),
        (input) => {
          const r = validateKpiInput(input);
          if (r.ok) expect(finiteDeep(evaluateKpi(r.value))).toBe(true);
        },
      ),
    );
  });
});
