// The KPI sheet in a share link (current format): pains, units, categories and cadences by index,
// catalogue KPIs by their place in the catalogue, dates as numbers, no row ids. Links of the first
// format (packSheet in share.ts, version 1) are read by `legacy`.
import { at, indexIn, isList, packDate, unpackDate } from '@/lib/pack';
import { KPI_CATALOG, KPI_CATEGORIES, KPI_UNITS } from './catalog';
import { PAINS } from './pains';
import { REVIEW_CADENCES, type KpiSheet, type SheetRow } from './sheet';
import { unpackSheet } from './share';

const PAIN_IDS = PAINS.map((p) => p.id);
const KPI_IDS = KPI_CATALOG.map((k) => k.id);
const DIRECTIONS = ['increase', 'decrease'] as const;

/** A number written as text travels as a number when it reads back exactly the same. */
const num = (s: string): string | number => (s !== '' && String(Number(s)) === s ? Number(s) : s);
const unnum = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);

/**
 * Rows travel column by column: a column of owners or data sources repeats itself, and deflate finds
 * long repeats there that interleaved rows would break up (a full sheet's link is a fifth shorter).
 * Catalogue KPIs are written as the step from the previous one, so a sheet in catalogue order is 1s.
 */
function packRows(rows: readonly SheetRow[]): unknown[] {
  let previous = -1;
  const refs = rows.map((r) => {
    const i = KPI_IDS.indexOf(r.kpiId);
    if (i < 0) return r.kpiId;
    const step = i - previous;
    previous = i;
    return step;
  });
  return [
    refs,
    rows.map((r) => num(r.baseline)),
    rows.map((r) => num(r.target)),
    rows.map((r) => packDate(r.deadline)),
    rows.map((r) => r.owner),
    rows.map((r) => r.dataSource),
    rows.map((r) => r.goal),
    rows.map((r) => indexIn(REVIEW_CADENCES, r.cadence)).join(''),
  ];
}

function unpackRows(p: unknown): Record<string, unknown>[] | null {
  if (!isList(p, 8) || !p.slice(0, 7).every((c) => isList(c)) || typeof p[7] !== 'string') return null;
  const cols = p as unknown[][];
  const n = cols[0]!.length;
  if (cols.slice(1, 7).some((c) => c.length !== n) || (p[7] as string).length !== n) return null;
  let previous = -1;
  return cols[0]!.map((ref, i) => {
    let kpiId: unknown = ref;
    if (typeof ref === 'number') {
      previous += ref;
      kpiId = at(KPI_IDS, previous);
    }
    const deadline = unpackDate(cols[3]![i]);
    return {
      uid: `s${i + 1}`,
      kpiId,
      baseline: unnum(cols[1]![i]),
      target: unnum(cols[2]![i]),
      deadline: deadline === undefined ? '' : deadline,
      owner: cols[4]![i],
      dataSource: cols[5]![i],
      goal: cols[6]![i],
      cadence: at(REVIEW_CADENCES, Number((p[7] as string)[i])),
    };
  });
}

export const KPI_SHARE = {
  pack: (s: KpiSheet): unknown[] => [
    s.pains.map((p) => indexIn(PAIN_IDS, p)),
    s.customKpis.map((c) => [c.id, c.name, indexIn(KPI_UNITS, c.unit), indexIn(DIRECTIONS, c.direction), indexIn(KPI_CATEGORIES, c.category)]),
    packRows(s.rows),
  ],
  unpack(p: unknown): Record<string, unknown> | null {
    if (!isList(p, 3) || !isList(p[0]) || !isList(p[1])) return null;
    const rows = unpackRows(p[2]);
    if (!rows) return null;
    const customs = p[1].map((c) => (isList(c, 5) ? { id: c[0], name: c[1], unit: at(KPI_UNITS, c[2]), direction: at(DIRECTIONS, c[3]), category: at(KPI_CATEGORIES, c[4]) } : null));
    return { pains: p[0].map((i) => at(PAIN_IDS, i)), customKpis: customs, rows };
  },
  /** First-format links: `[1, pains, customs, rows]` (packSheet). */
  legacy(raw: unknown): KpiSheet | null {
    const r = unpackSheet(raw);
    return r.ok ? r.value : null;
  },
};
