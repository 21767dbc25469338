import { $kpiSheet, SHARE_NAME } from '../kpi';
import { evaluateSheet, validateSheet, type KpiSheet } from '@/models/kpi';
import { compareKpiSheets } from '@/models/scenarios/kpi';
import { readToolLink } from './link';
import type { ToolAdapter } from './types';

export const parseKpi = (raw: unknown): KpiSheet | null => {
  const r = validateSheet(raw);
  return r.ok ? r.value : null;
};

export const kpiAdapter: ToolAdapter<KpiSheet> = {
  tool: 'kpi',
  readLink: (hash) =>
    readToolLink(hash, SHARE_NAME, () => import('@/models/kpi/share-pack').then((m) => m.KPI_SHARE), parseKpi),
  get: () => $kpiSheet.get(),
  set: (sheet) => $kpiSheet.set(sheet),
  parse: parseKpi,
  compare: (a, b, today) => [
    { tool: 'kpi', c: compareKpiSheets({ sheet: a, results: evaluateSheet(a, today) }, { sheet: b, results: evaluateSheet(b, today) }) },
  ],
};
