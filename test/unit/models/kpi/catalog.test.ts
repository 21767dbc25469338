import { describe, expect, it } from 'vitest';
import { KPI_CATALOG, KPI_CATEGORIES, KPI_UNITS, PAINS, findKpi, boundsForUnit, suggestTarget } from '@/models/kpi';
import { strings } from '@/i18n/tools/kpi';
import { SOURCES } from '@/site';

const SOURCE_IDS: readonly string[] = SOURCES.map((x) => x.id);

const REQUIRED_IDS = [
  'lead-conversion-rate', 'win-rate', 'sales-cycle-days', 'average-order-value', 'new-customers',
  'first-contact-resolution', 'csat', 'nps', 'response-time-hours', 'complaint-rate', 'retention-rate',
  'churn-rate', 'cross-sell-rate', 'campaign-roi', 'cost-per-lead', 'customer-lifetime-value',
  'data-entry-accuracy', 'active-user-rate',
];

describe('KPI catalog integrity', () => {
  it('has every id the brief requires', () => {
    const ids = KPI_CATALOG.map((d) => d.id);
    for (const id of REQUIRED_IDS) expect(ids, id).toContain(id);
  });

  it('has unique ids in kebab-case', () => {
    const ids = KPI_CATALOG.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(KPI_CATALOG.map((d) => [d.id, d] as const))('%s has a name, definition and formula in both languages', (id) => {
    for (const locale of ['zh-cn', 'en'] as const) {
      const dict = strings[locale] as Record<string, string>;
      for (const part of ['name', 'definition', 'formula']) {
        const text = dict[`kpi.${id}.${part}`];
        expect(text, `${locale} kpi.${id}.${part}`).toBeTruthy();
        expect(text!.trim().length).toBeGreaterThan(1);
      }
    }
  });

  it.each(KPI_CATALOG.map((d) => [d.id, d] as const))('%s has consistent unit, category and bounds', (_id, d) => {
    expect(KPI_UNITS).toContain(d.unit);
    expect(KPI_CATEGORIES).toContain(d.category);
    expect(['increase', 'decrease']).toContain(d.direction);
    if (d.min !== undefined && d.max !== undefined) expect(d.min).toBeLessThan(d.max);
    if (d.unit === 'percent') {
      // A percentage is 0-100; only ratios that can exceed it (ROI, growth) drop the ceiling, never the floor.
      expect(d.min).toBeDefined();
      expect(d.min!).toBeGreaterThanOrEqual(-100);
      if (d.max !== undefined) expect(d.max).toBe(100);
    }
    if (['days', 'hours', 'currency', 'count'].includes(d.unit)) {
      expect(d.min).toBe(0);
      expect(d.max).toBeUndefined();
    }
    if (d.source) expect(SOURCE_IDS).toContain(d.source);
  });

  it('rates the brief names are 0-100 and NPS is -100..100', () => {
    for (const id of ['lead-conversion-rate', 'win-rate', 'first-contact-resolution', 'csat', 'complaint-rate', 'retention-rate', 'churn-rate', 'cross-sell-rate', 'data-entry-accuracy', 'active-user-rate']) {
      expect(findKpi(id), id).toMatchObject({ unit: 'percent', min: 0, max: 100 });
    }
    expect(findKpi('nps')).toMatchObject({ min: -100, max: 100 });
    expect(findKpi('new-customers')).toMatchObject({ unit: 'count', min: 0 });
  });

  it('carries 002’s example targets, each pointing the KPI’s good way', () => {
    expect(findKpi('lead-conversion-rate')!.exampleTarget).toEqual({ relative: 0.15 });
    expect(findKpi('win-rate')!.exampleTarget).toEqual({ relative: 0.1 });
    expect(findKpi('sales-cycle-days')!.exampleTarget).toEqual({ days: -10 });
    expect(findKpi('average-order-value')!.exampleTarget).toEqual({ relative: 0.05 });
    expect(findKpi('first-contact-resolution')!.exampleTarget).toEqual({ absolute: 85 });
    expect(findKpi('csat')!.exampleTarget).toEqual({ relative: 0.15 });
    expect(findKpi('nps')!.exampleTarget).toEqual({ relative: 0.2 });
    expect(findKpi('campaign-roi')!.exampleTarget).toEqual({ relative: 0.3 });
    expect(findKpi('cost-per-lead')!.exampleTarget).toEqual({ relative: -0.2 });
    expect(findKpi('customer-lifetime-value')!.exampleTarget).toEqual({ relative: 0.1 });
    for (const d of KPI_CATALOG) {
      const ex = d.exampleTarget;
      if (!ex) continue;
      const sign = ex.relative ?? ex.days;
      if (sign !== undefined) expect(Math.sign(sign), d.id).toBe(d.direction === 'increase' ? 1 : -1);
    }
  });

  it('suggests example targets on a baseline', () => {
    expect(suggestTarget(findKpi('lead-conversion-rate')!, 20)).toBe(23);
    expect(suggestTarget(findKpi('sales-cycle-days')!, 60)).toBe(50);
    expect(suggestTarget(findKpi('first-contact-resolution')!, 70)).toBe(85);
    expect(suggestTarget(findKpi('cost-per-lead')!, 200)).toBe(160);
    // Not applicable: already past the absolute target, a relative change from zero, no example at all.
    expect(suggestTarget(findKpi('first-contact-resolution')!, 90)).toBeUndefined();
    expect(suggestTarget(findKpi('campaign-roi')!, 0)).toBeUndefined();
    expect(suggestTarget(findKpi('retention-rate')!, 80)).toBeUndefined();
    // Would leave the range: 95 % * 1.15 > 100 %.
    expect(suggestTarget(findKpi('csat')!, 95)).toBeUndefined();
    // Ten days off a five-day cycle would go below zero.
    expect(suggestTarget(findKpi('sales-cycle-days')!, 5)).toBeUndefined();
  });

  it('gives custom units sensible bounds', () => {
    expect(boundsForUnit('percent')).toEqual({ min: 0, max: 100 });
    expect(boundsForUnit('score')).toEqual({});
    expect(boundsForUnit('count')).toEqual({ min: 0 });
  });
});

describe('pains', () => {
  it('cover 002’s three departments and point only at catalog KPIs', () => {
    const departments = new Set(PAINS.map((p) => p.department));
    for (const d of ['sales', 'marketing', 'service']) expect(departments.has(d as never)).toBe(true);
    for (const p of PAINS) {
      expect(p.kpis.length).toBeGreaterThan(0);
      for (const id of p.kpis) expect(findKpi(id), `${p.id} -> ${id}`).toBeDefined();
      expect(SOURCE_IDS).toContain(p.source);
    }
    expect(new Set(PAINS.map((p) => p.id)).size).toBe(PAINS.length);
  });

  it.each(PAINS.map((p) => [p.id] as const))('%s has a label and detail in both languages', (id) => {
    for (const locale of ['zh-cn', 'en'] as const) {
      const dict = strings[locale] as Record<string, string>;
      expect(dict[`pain.${id}.label`]).toBeTruthy();
      expect(dict[`pain.${id}.detail`]).toBeTruthy();
    }
  });
});
