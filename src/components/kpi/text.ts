// The KPI builder's words: the shared tool text (src/i18n/tool-text.ts) plus naming KPIs (catalog or
// custom), values in their unit for the page's locale, and the sentence for an error.
import { toolText, type ToolText } from '@/i18n/tool-text';
import type { Locale } from '@/i18n/locales';
import type { IslandKey, IslandStrings } from '@/i18n/tools/kpi';
import type { KpiDefinition, KpiError, KpiSheet, KpiUnit } from '@/models/kpi';
import { MAX_DEADLINE_YEARS, MAX_TEXT_LENGTH } from '@/models/kpi';

export interface Text extends ToolText<IslandKey> {
  kpiName(sheet: Pick<KpiSheet, 'customKpis'>, id: string): string;
  /** A value with its unit: "85%", "50 days", "12,000". */
  valueText(unit: KpiUnit, value: number): string;
  /** A signed change in the KPI's unit; a change of a percentage is in points, so "+5 pts (+20%)" is clear. */
  signedValue(unit: KpiUnit, value: number): string;
  percentText(fraction: number): string;
  monthText(iso: string): string;
  /** The sources' example target in words: "+15%", "reach 85%", "10 days shorter". */
  exampleTargetText(def: KpiDefinition): string | null;
  /** The most precise sentence for an error: bounds and the baseline where they help. */
  errorText(error: KpiError, def: KpiDefinition | undefined, baseline: string): string;
}

const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '');

export function makeText(locale: Locale, strings: IslandStrings): Text {
  // KPI values carry up to two decimals.
  const base = toolText(locale, strings, 2);
  const { t, dyn, num } = base;
  const valueText = (unit: KpiUnit, value: number) => dyn(`value.${unit}`, '{value}', { value: num(value, unit === 'count' ? 0 : 2) });
  return {
    ...base,
    kpiName: (sheet, id) => sheet.customKpis.find((c) => c.id === id)?.name ?? dyn(`kpi.${id}.name`, id),
    valueText,
    signedValue: (unit, value) =>
      sign(value) + (unit === 'percent' ? t('value.percentPoints', { value: num(Math.abs(value)) }) : valueText(unit, Math.abs(value))),
    percentText: (fraction) => `${sign(fraction)}${num(Math.abs(fraction) * 100, 1)}%`,
    monthText: (iso) => base.date(iso, { year: 'numeric', month: 'short' }),
    exampleTargetText: (def) => {
      const ex = def.exampleTarget;
      if (!ex) return null;
      if (ex.absolute !== undefined) return t('exampleTarget.reach', { value: valueText(def.unit, ex.absolute) });
      if (ex.days !== undefined) return t('exampleTarget.days', { value: num(Math.abs(ex.days), 0) });
      if (ex.relative !== undefined) return t(ex.relative >= 0 ? 'exampleTarget.up' : 'exampleTarget.down', { value: num(Math.abs(ex.relative) * 100, 0) });
      return null;
    },
    errorText: ({ code, field }, def, baseline) => {
      if (code === 'out-of-range') {
        if (field === 'deadline') return t('error.out-of-range.deadline', { years: MAX_DEADLINE_YEARS });
        if (def?.min !== undefined && def.max !== undefined) return t('error.out-of-range.between', { min: num(def.min), max: num(def.max) });
        if (def?.min !== undefined) return t('error.out-of-range.atLeast', { min: num(def.min) });
      }
      if (code === 'wrong-direction' && def) {
        return t(def.direction === 'increase' ? 'error.wrong-direction.increase' : 'error.wrong-direction.decrease', { baseline: baseline.trim() });
      }
      if (code === 'too-long') return t('error.too-long', { max: MAX_TEXT_LENGTH });
      return dyn(`error.${code}`, code);
    },
  };
}
