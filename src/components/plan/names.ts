// Names the report shows for things the models identify by id: matrix options, KPIs, verdicts.
import type { MatrixOption } from '@/models/matrix';
import type { KpiSheet } from '@/models/kpi';
import type { Text } from './text';

/** Options are lettered A-F by position, as the selection matrix letters them. */
export function optionName(text: Text, option: Pick<MatrixOption, 'id' | 'label'>, index: number): string {
  if (option.label) return option.label;
  const key = `s.option.${option.id}.label`;
  return text.has(key) ? text.t(key) : text.t('s.options.newName', { letter: String.fromCharCode(65 + index) });
}

export function optionNameById(text: Text, options: readonly MatrixOption[], id: string): string {
  const index = options.findIndex((o) => o.id === id);
  return index === -1 ? id : optionName(text, options[index]!, index);
}

export function kpiName(text: Text, sheet: KpiSheet, kpiId: string): string {
  const custom = sheet.customKpis.find((c) => c.id === kpiId);
  if (custom) return custom.name;
  return text.has(`k.kpi.${kpiId}.name`) ? text.t(`k.kpi.${kpiId}.name`) : kpiId;
}
