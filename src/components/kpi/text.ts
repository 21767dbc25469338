// Helpers the KPI builder's components share: looking up strings, naming KPIs (catalog or custom),
// formatting values in their unit for the page's locale, and choosing the sentence for an error.
import { fill, formatDate, formatNumber } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import type { IslandKey, IslandStrings } from '@/i18n/tools/kpi';
import type { KpiDefinition, KpiError, KpiSheet, KpiUnit } from '@/models/kpi';
import { MAX_DEADLINE_YEARS, MAX_TEXT_LENGTH } from '@/models/kpi';

export interface Ctx {
  locale: Locale;
  s: IslandStrings;
}

export function tr(ctx: Ctx, key: IslandKey, vars?: Record<string, string | number>): string {
  return fill(ctx.s[key], vars);
}

/** A key built at run time (`kpi.<id>.name`); falls back so a gap never renders blank. */
export function trDyn(ctx: Ctx, key: string, fallback: string, vars?: Record<string, string | number>): string {
  return fill((ctx.s as Record<string, string>)[key] ?? fallback, vars);
}

export function kpiName(ctx: Ctx, sheet: Pick<KpiSheet, 'customKpis'>, id: string): string {
  const custom = sheet.customKpis.find((c) => c.id === id);
  return custom ? custom.name : trDyn(ctx, `kpi.${id}.name`, id);
}

export const num = (ctx: Ctx, value: number, digits = 2) => formatNumber(ctx.locale, value, { maximumFractionDigits: digits });

/** A value with its unit: "85%", "50 days", "12,000". */
export function valueText(ctx: Ctx, unit: KpiUnit, value: number): string {
  return trDyn(ctx, `value.${unit}`, '{value}', { value: num(ctx, value, unit === 'count' ? 0 : 2) });
}

/** A signed change in the KPI's unit; a change of a percentage is in points, so "+5 pts (+20%)" is clear. */
export function signedValue(ctx: Ctx, unit: KpiUnit, value: number): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const abs = Math.abs(value);
  return sign + (unit === 'percent' ? tr(ctx, 'value.percentPoints', { value: num(ctx, abs) }) : valueText(ctx, unit, abs));
}

export function percentText(ctx: Ctx, fraction: number): string {
  const sign = fraction > 0 ? '+' : fraction < 0 ? '−' : '';
  return `${sign}${num(ctx, Math.abs(fraction) * 100, 1)}%`;
}

export const dateText = (ctx: Ctx, iso: string) => formatDate(ctx.locale, iso);
export const monthText = (ctx: Ctx, iso: string) => formatDate(ctx.locale, iso, { year: 'numeric', month: 'short' });

/** The sources' example target in words: "+15%", "reach 85%", "10 days shorter". */
export function exampleTargetText(ctx: Ctx, def: KpiDefinition): string | null {
  const ex = def.exampleTarget;
  if (!ex) return null;
  if (ex.absolute !== undefined) return tr(ctx, 'exampleTarget.reach', { value: valueText(ctx, def.unit, ex.absolute) });
  if (ex.days !== undefined) return tr(ctx, 'exampleTarget.days', { value: num(ctx, Math.abs(ex.days), 0) });
  if (ex.relative !== undefined) {
    const key = ex.relative >= 0 ? 'exampleTarget.up' : 'exampleTarget.down';
    return tr(ctx, key, { value: num(ctx, Math.abs(ex.relative) * 100, 0) });
  }
  return null;
}

/** The most precise sentence for an error: bounds and the baseline where they help. */
export function errorText(ctx: Ctx, error: KpiError, def: KpiDefinition | undefined, baseline: string): string {
  const { code, field } = error;
  if (code === 'out-of-range') {
    if (field === 'deadline') return tr(ctx, 'error.out-of-range.deadline', { years: MAX_DEADLINE_YEARS });
    if (def?.min !== undefined && def.max !== undefined) {
      return tr(ctx, 'error.out-of-range.between', { min: num(ctx, def.min), max: num(ctx, def.max) });
    }
    if (def?.min !== undefined) return tr(ctx, 'error.out-of-range.atLeast', { min: num(ctx, def.min) });
  }
  if (code === 'wrong-direction' && def) {
    return tr(ctx, def.direction === 'increase' ? 'error.wrong-direction.increase' : 'error.wrong-direction.decrease', { baseline: baseline.trim() });
  }
  if (code === 'too-long') return tr(ctx, 'error.too-long', { max: MAX_TEXT_LENGTH });
  return trDyn(ctx, `error.${code}`, code);
}
