// The KPI builder's words: the shared tool text (src/i18n/tool-text.ts) plus naming KPIs (catalog or
// custom) and values in their unit for the page's locale. The words only the catalog and the row editor
// use are in part-text.ts, which comes with them.
import { toolText, type ToolText } from '@/i18n/tool-text';
import type { Locale } from '@/i18n/locales';
import type { IslandKey, IslandStrings } from '@/i18n/tools/kpi';
import type { KpiSheet, KpiUnit } from '@/models/kpi';

export interface Text extends ToolText<IslandKey> {
  kpiName(sheet: Pick<KpiSheet, 'customKpis'>, id: string): string;
  /** A value with its unit: "85%", "50 days", "12,000". */
  valueText(unit: KpiUnit, value: number): string;
  /** A signed change in the KPI's unit; a change of a percentage is in points, so "+5 pts (+20%)" is clear. */
  signedValue(unit: KpiUnit, value: number): string;
  percentText(fraction: number): string;
  monthText(iso: string): string;
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
  };
}
