// What the visitor changes in a KPI sheet beyond ticking pains and adding suggested KPIs: a row's
// values, removing a row, their own KPI, clearing the sheet, and its share link. Actions on the store in
// kpi.ts, apart from it so that the page fetches them with the controls that use them.
import { EMPTY_SHEET, LIMITS, type CustomKpi, type SheetRow } from '@/models/kpi';
import { $kpiSheet, SHARE_NAME, addKpi, freshId, updateSheet, type RowField } from './kpi';

export function updateRow(uid: string, field: RowField, value: string): void {
  updateSheet((s) => ({ ...s, rows: s.rows.map((r) => (r.uid === uid ? ({ ...r, [field]: value } as SheetRow) : r)) }));
}

/** Removes a row, and the custom KPI behind it when no other row uses it. */
export function removeRow(uid: string): void {
  updateSheet((s) => {
    const rows = s.rows.filter((r) => r.uid !== uid);
    return { ...s, rows, customKpis: s.customKpis.filter((c) => rows.some((r) => r.kpiId === c.id)) };
  });
}

export type CustomError = 'missing' | 'too-long' | 'too-many' | 'duplicate' | 'full';

/** Creates a custom KPI with its first row; returns the row id or the reason it was refused. */
export function addCustomKpi(input: Omit<CustomKpi, 'id'>): { ok: true; uid: string } | { ok: false; code: CustomError } {
  const name = input.name.trim();
  const sheet = $kpiSheet.get();
  if (!name) return { ok: false, code: 'missing' };
  if (name.length > LIMITS.name) return { ok: false, code: 'too-long' };
  if (sheet.customKpis.length >= LIMITS.customKpis) return { ok: false, code: 'too-many' };
  if (sheet.rows.length >= LIMITS.rows) return { ok: false, code: 'full' };
  if (sheet.customKpis.some((c) => c.name.trim().toLowerCase() === name.toLowerCase())) return { ok: false, code: 'duplicate' };
  const id = freshId('custom-', (x) => sheet.customKpis.some((c) => c.id === x));
  const custom: CustomKpi = { ...input, id, name };
  updateSheet((s) => ({ ...s, customKpis: [...s.customKpis, custom] }));
  const uid = addKpi(id);
  return uid ? { ok: true, uid } : { ok: false, code: 'full' };
}

export function clearSheet(): void {
  $kpiSheet.set(EMPTY_SHEET);
}

// The share-link codec loads when a link is read or made: most visits have neither.
const shareLink = () => import('@/lib/share-link');

/** The share link, or null when the sheet is too large to travel in a link (export a file instead). */
export async function kpiShareUrl(location: { origin: string; pathname: string }): Promise<string | null> {
  const { shareUrlFor } = await shareLink();
  const { KPI_SHARE } = await import('@/models/kpi/share-pack');
  return shareUrlFor(location, SHARE_NAME, $kpiSheet.get(), KPI_SHARE);
}
