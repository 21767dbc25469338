// What differs between two KPI sheets: which KPIs each has, their SMART verdicts, and the targets
// (baseline, target, deadline) that differ. Rows are matched by KPI; a KPI listed twice is matched
// by its place among the rows for that KPI.
import type { KpiSheet, RowResult } from '../kpi/sheet';
import type { Attainability } from '../kpi/types';
import { pair, type Pair } from './pair';

export interface KpiSide {
  sheet: KpiSheet;
  results: readonly RowResult[];
}

export interface KpiRowView {
  baseline: string;
  target: string;
  deadline: string;
  /** 'incomplete' while a row does not validate yet */
  attainable: Attainability | 'incomplete';
  /** SMART letters met, out of five (attainable counts when 'yes'); null while incomplete */
  smartMet: number | null;
}

export interface KpiRowComparison {
  kpiId: string;
  /** 1 for the first row of this KPI, 2 for the second... */
  occurrence: number;
  /** The visitor's name for a custom KPI (from either sheet); null for a catalogue KPI. */
  customName: string | null;
  a: KpiRowView | null;
  b: KpiRowView | null;
  /** baseline, target or deadline differ (both sides present) */
  targetDiffers: boolean;
  verdictDiffers: boolean;
  differs: boolean;
}

export interface KpiComparison {
  rowCount: Pair<number>;
  rows: KpiRowComparison[];
  differs: boolean;
}

function viewOf(side: KpiSide, index: number): KpiRowView {
  const row = side.sheet.rows[index]!;
  const r = side.results[index];
  const ok = r && r.ok ? r : null;
  const smart = ok?.evaluation.smart;
  const smartMet = smart
    ? [smart.specific, smart.measurable, smart.attainable === 'yes', smart.relevant, smart.timeBound].filter(Boolean).length
    : null;
  return { baseline: row.baseline.trim(), target: row.target.trim(), deadline: row.deadline, attainable: smart ? smart.attainable : 'incomplete', smartMet };
}

/** Each row's key: the KPI and how many rows of it came before. */
function keyed(side: KpiSide): { key: string; kpiId: string; occurrence: number; index: number }[] {
  const seen: Record<string, number> = {};
  return side.sheet.rows.map((row, index) => {
    const occurrence = (seen[row.kpiId] = (seen[row.kpiId] ?? 0) + 1);
    return { key: `${row.kpiId}#${occurrence}`, kpiId: row.kpiId, occurrence, index };
  });
}

export function compareKpiSheets(a: KpiSide, b: KpiSide): KpiComparison {
  const ka = keyed(a);
  const kb = keyed(b);
  const keys = [...ka, ...kb.filter((k) => !ka.some((x) => x.key === k.key))];
  const rows = keys.map(({ key, kpiId, occurrence }): KpiRowComparison => {
    const ia = ka.find((k) => k.key === key);
    const ib = kb.find((k) => k.key === key);
    const va = ia ? viewOf(a, ia.index) : null;
    const vb = ib ? viewOf(b, ib.index) : null;
    const targetDiffers = !!va && !!vb && (va.baseline !== vb.baseline || va.target !== vb.target || va.deadline !== vb.deadline);
    const verdictDiffers = !!va && !!vb && (va.attainable !== vb.attainable || va.smartMet !== vb.smartMet);
    const customName = [...a.sheet.customKpis, ...b.sheet.customKpis].find((c) => c.id === kpiId)?.name ?? null;
    return { kpiId, occurrence, customName, a: va, b: vb, targetDiffers, verdictDiffers, differs: !va || !vb || targetDiffers || verdictDiffers };
  });
  const rowCount = pair(a.sheet.rows.length, b.sheet.rows.length);
  return { rowCount, rows, differs: rowCount.differs || rows.some((r) => r.differs) };
}
