import { REVIEW_CADENCES, validateSheet, type KpiSheet } from './sheet';

// A compact form of the sheet for share links: arrays instead of objects and no row ids, which makes
// the link about half as long. Unpacking rebuilds the object form and runs the full validateSheet, so a
// tampered link is refused exactly like a tampered localStorage entry.

export const SHARE_VERSION = 1;

type PackedRow = [string, string, string, string, string, string, string, number];
type PackedCustom = [string, string, string, string, string];
export type PackedSheet = [number, string[], PackedCustom[], PackedRow[]];

export function packSheet(sheet: KpiSheet): PackedSheet {
  return [
    SHARE_VERSION,
    [...sheet.pains],
    sheet.customKpis.map((c) => [c.id, c.name, c.unit, c.direction, c.category]),
    sheet.rows.map((r) => [r.kpiId, r.baseline, r.target, r.deadline, r.owner, r.dataSource, r.goal, REVIEW_CADENCES.indexOf(r.cadence)]),
  ];
}

export function unpackSheet(raw: unknown): { ok: true; value: KpiSheet } | { ok: false } {
  if (!Array.isArray(raw) || raw.length !== 4 || raw[0] !== SHARE_VERSION) return { ok: false };
  const [, pains, customs, rows] = raw as unknown[];
  if (!Array.isArray(customs) || !Array.isArray(rows)) return { ok: false };
  const asArray = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);
  const customObjects = customs.map((c) => {
    const a = asArray(c);
    return a && a.length === 5 ? { id: a[0], name: a[1], unit: a[2], direction: a[3], category: a[4] } : null;
  });
  const rowObjects = rows.map((r, i) => {
    const a = asArray(r);
    if (!a || a.length !== 8 || typeof a[7] !== 'number') return null;
    return {
      uid: `s${i + 1}`,
      kpiId: a[0],
      baseline: a[1],
      target: a[2],
      deadline: a[3],
      owner: a[4],
      dataSource: a[5],
      goal: a[6],
      cadence: REVIEW_CADENCES[a[7]],
    };
  });
  return validateSheet({ pains, customKpis: customObjects, rows: rowObjects });
}
