/**
 * State of the KPI builder.
 *
 * - `$kpiSheet`: the visitor's sheet (ticked pains, custom KPIs, rows with values as typed), persisted
 *   and validated again on every read. An empty sheet means the tool has not been used yet.
 * - `$kpiToday`: the date the sheet is judged against; the island sets it once mounted.
 * - `$kpiResults`: each row validated and evaluated, so a bad value in one row never blanks another.
 * The plan page reads `$kpiSheet` and `$kpiResults`.
 *
 * Editing a row, removing one, adding one's own KPI, clearing and the share link are in `kpi-edits.ts`:
 * code the page fetches only once the visitor can reach those controls.
 */
import { atom, computed } from 'nanostores';
import { persistedStore } from './persisted';
import { todayIso } from '@/models/calendar';
import {
  EMPTY_SHEET,
  LIMITS,
  evaluateSheet,
  exampleSheet,
  kpisForPains,
  newRow,
  sheetDefinitions,
  validateSheet,
  type ExampleTextKey,
  type KpiSheet,
  type SheetRow,
} from '@/models/kpi';

export const SHARE_NAME = 'kpi';

export const $kpiSheet = persistedStore<KpiSheet>('kpi:v1', EMPTY_SHEET, (raw) => {
  const r = validateSheet(raw);
  return r.ok ? r.value : null;
});
export const $kpiToday = atom<string>(todayIso());
export const $kpiResults = computed([$kpiSheet, $kpiToday], (sheet, today) => evaluateSheet(sheet, today));
/** True once the visitor has put anything in the sheet; the plan page says "not used yet" otherwise. */
export const $kpiUsed = computed($kpiSheet, (s) => s.rows.length > 0 || s.pains.length > 0);

let counter = 0;
/** Ids that are unique within a sheet and survive validation (`[a-z0-9-]`). */
export function freshId(prefix: string, taken: (id: string) => boolean): string {
  let id: string;
  do {
    counter += 1;
    id = `${prefix}${Date.now().toString(36)}${counter.toString(36)}`.slice(0, 30);
  } while (taken(id));
  return id;
}

/** Every change goes through here, here and in kpi-edits.ts. */
export function updateSheet(change: (sheet: KpiSheet) => KpiSheet): void {
  const next = change($kpiSheet.get());
  // Every change goes through the same validator as stored data, so the store can never hold junk.
  const r = validateSheet(next);
  if (r.ok) $kpiSheet.set(r.value);
}

export function togglePain(painId: string, on: boolean): void {
  updateSheet((s) => {
    const pains = s.pains.filter((p) => p !== painId);
    return { ...s, pains: on ? [...pains, painId] : pains };
  });
}

/** Adds one row for a KPI and returns its id, or null when the sheet is full. */
export function addKpi(kpiId: string): string | null {
  const sheet = $kpiSheet.get();
  if (sheet.rows.length >= LIMITS.rows) return null;
  const uid = freshId('r', (id) => sheet.rows.some((r) => r.uid === id));
  updateSheet((s) => ({ ...s, rows: [...s.rows, newRow(uid, kpiId, $kpiToday.get(), sheetDefinitions(s))] }));
  return $kpiSheet.get().rows.some((r) => r.uid === uid) ? uid : null;
}

/** KPIs suggested by the ticked pains that are not in the sheet yet. */
export function missingSuggestions(sheet: KpiSheet): string[] {
  return kpisForPains(sheet.pains).filter((id) => !sheet.rows.some((r) => r.kpiId === id));
}

/** Adds every suggested KPI that is missing; returns the new row ids. */
export function addSuggested(): string[] {
  const added: string[] = [];
  for (const id of missingSuggestions($kpiSheet.get())) {
    const uid = addKpi(id);
    if (uid) added.push(uid);
  }
  return added;
}

export type RowField = Exclude<keyof SheetRow, 'uid' | 'kpiId'>;






export function loadExample(text: (key: ExampleTextKey) => string): void {
  $kpiSheet.set(exampleSheet($kpiToday.get(), text));
}
