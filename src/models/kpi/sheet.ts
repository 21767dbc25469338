import { isObj, oneOf, own, str } from '@/lib/untrusted';
import { addMonths } from '@/models/calendar';
import { boundsForUnit, findKpi, KPI_CATEGORIES, KPI_UNITS } from './catalog';
import { evaluateKpi } from './evaluate';
import { decimalsFor } from './milestones';
import { roundTo } from './numbers';
import { PAINS } from './pains';
import type {
  Horizon,
  KpiCategory,
  KpiDefinition,
  KpiDirection,
  KpiError,
  KpiEvaluation,
  KpiInput,
  KpiUnit,
} from './types';
import { validateKpiInput } from './validate';

// The KPI sheet as the visitor edits it. Values are kept as typed (strings) so that a half-typed or bad
// value survives a reload with its message, while the rest of the sheet keeps evaluating.

export type ReviewCadence = 'weekly' | 'monthly' | 'quarterly';
export const REVIEW_CADENCES: readonly ReviewCadence[] = ['weekly', 'monthly', 'quarterly'];

export interface CustomKpi {
  id: string; // custom-<letters/digits>
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  category: KpiCategory;
}

export interface SheetRow {
  uid: string;
  kpiId: string;
  baseline: string;
  target: string;
  deadline: string;
  owner: string;
  dataSource: string;
  goal: string;
  cadence: ReviewCadence;
}

export interface KpiSheet {
  pains: string[];
  customKpis: CustomKpi[];
  rows: SheetRow[];
}

export const LIMITS = {
  rows: 40,
  customKpis: 20,
  text: 200,
  number: 40,
  name: 80,
} as const;

export const EMPTY_SHEET: KpiSheet = { pains: [], customKpis: [], rows: [] };

const UID = /^[a-z0-9-]{1,40}$/;
const CUSTOM_ID = /^custom-[a-z0-9]{1,20}$/;

/** A custom KPI as a catalog definition, with the default bounds of its unit. */
export function customDefinition(custom: CustomKpi): KpiDefinition {
  return { id: custom.id, category: custom.category, unit: custom.unit, direction: custom.direction, ...boundsForUnit(custom.unit) };
}

export function sheetDefinitions(sheet: Pick<KpiSheet, 'customKpis'>): KpiDefinition[] {
  return sheet.customKpis.map(customDefinition);
}

/** A first deadline that matches where 003 places the goal: 3, 12 or 24 months out. */
export function defaultDeadline(today: string, def: KpiDefinition | undefined): string {
  const months = def?.typicalHorizon === 'short' ? 3 : def?.typicalHorizon === 'long' ? 24 : 12;
  return addMonths(today, months);
}

/** Review often what moves fast: short-term goals weekly, mid-term monthly, long-term quarterly. */
export function defaultCadence(def: KpiDefinition | undefined): ReviewCadence {
  if (def?.typicalHorizon === 'short') return 'weekly';
  if (def?.typicalHorizon === 'long') return 'quarterly';
  return 'monthly';
}

export function newRow(uid: string, kpiId: string, today: string, extra: readonly KpiDefinition[] = []): SheetRow {
  const def = findKpi(kpiId, extra);
  return {
    uid,
    kpiId,
    baseline: '',
    target: '',
    deadline: defaultDeadline(today, def),
    owner: '',
    dataSource: '',
    goal: '',
    cadence: defaultCadence(def),
  };
}

/**
 * The sources' example target applied to a baseline, or undefined when it does not apply (no example,
 * a relative change from a non-positive baseline, a result outside the KPI's range or the wrong way).
 */
export function suggestTarget(def: KpiDefinition, baseline: number): number | undefined {
  const ex = def.exampleTarget;
  if (!ex || !Number.isFinite(baseline)) return undefined;
  let t: number | undefined;
  if (ex.absolute !== undefined) t = ex.absolute;
  else if (ex.relative !== undefined && baseline > 0) t = baseline * (1 + ex.relative);
  else if (ex.days !== undefined) t = baseline + ex.days;
  if (t === undefined) return undefined;
  t = roundTo(t, decimalsFor(def.unit));
  if (def.min !== undefined && t < def.min) return undefined;
  if (def.max !== undefined && t > def.max) return undefined;
  if (t === baseline || (def.direction === 'increase') !== (t > baseline)) return undefined;
  return t;
}

export type RowResult =
  | { uid: string; ok: true; input: KpiInput; evaluation: KpiEvaluation; definition: KpiDefinition }
  | { uid: string; ok: false; errors: KpiError[]; definition: KpiDefinition | undefined };

export function rowToInput(row: SheetRow, today: string): Record<string, unknown> {
  return {
    kpiId: row.kpiId,
    baseline: row.baseline,
    target: row.target,
    deadline: row.deadline,
    today,
    owner: row.owner,
    dataSource: row.dataSource,
    goal: row.goal,
  };
}

export function evaluateRow(row: SheetRow, today: string, extra: readonly KpiDefinition[]): RowResult {
  const definition = findKpi(row.kpiId, extra);
  const checked = validateKpiInput(rowToInput(row, today), extra);
  if (!checked.ok) return { uid: row.uid, ok: false, errors: checked.errors, definition };
  return { uid: row.uid, ok: true, input: checked.value, evaluation: evaluateKpi(checked.value, extra), definition: definition! };
}

export function evaluateSheet(sheet: KpiSheet, today: string): RowResult[] {
  const extra = sheetDefinitions(sheet);
  return sheet.rows.map((row) => evaluateRow(row, today, extra));
}

/** Rows grouped by horizon; rows that do not validate yet go with the horizon their deadline would give. */
export function groupByHorizon(results: readonly RowResult[]): Record<Horizon | 'incomplete', string[]> {
  const groups: Record<Horizon | 'incomplete', string[]> = { short: [], mid: [], long: [], incomplete: [] };
  for (const r of results) groups[r.ok ? r.evaluation.horizon : 'incomplete'].push(r.uid);
  return groups;
}

// ---- Reading untrusted sheets (localStorage, share links) ----


function readCustom(v: unknown): CustomKpi | null {
  if (!isObj(v)) return null;
  const id = str(own(v, 'id'), 40);
  const name = str(own(v, 'name'), LIMITS.name);
  const unit = oneOf(own(v, 'unit'), KPI_UNITS);
  const direction = oneOf(own(v, 'direction'), ['increase', 'decrease'] as const);
  const category = oneOf(own(v, 'category'), KPI_CATEGORIES);
  if (!id || !CUSTOM_ID.test(id) || name === null || !name.trim() || !unit || !direction || !category) return null;
  return { id, name, unit, direction, category };
}

function readRow(v: unknown, knownIds: (id: string) => boolean): SheetRow | null {
  if (!isObj(v)) return null;
  const uid = str(own(v, 'uid'), 40);
  const kpiId = str(own(v, 'kpiId'), 60);
  const cadence = oneOf(own(v, 'cadence'), REVIEW_CADENCES);
  const baseline = str(own(v, 'baseline'), LIMITS.number);
  const target = str(own(v, 'target'), LIMITS.number);
  const deadline = str(own(v, 'deadline'), 10);
  const owner = str(own(v, 'owner'), LIMITS.text);
  const dataSource = str(own(v, 'dataSource'), LIMITS.text);
  const goal = str(own(v, 'goal'), LIMITS.text);
  if (!uid || !UID.test(uid) || !kpiId || !knownIds(kpiId) || !cadence) return null;
  if (baseline === null || target === null || deadline === null || owner === null || dataSource === null || goal === null) return null;
  return { uid, kpiId, baseline, target, deadline, owner, dataSource, goal, cadence };
}

/**
 * Accepts a sheet only when its whole structure is sound: a tampered or foreign value is rejected
 * rather than half-used. Values inside rows may still be invalid KPIs (that is how the visitor left
 * them); the row-level validation reports those beside each field.
 */
export function validateSheet(input: unknown): { ok: true; value: KpiSheet } | { ok: false } {
  if (!isObj(input)) return { ok: false };
  const pains = own(input, 'pains');
  const customs = own(input, 'customKpis');
  const rows = own(input, 'rows');
  if (!Array.isArray(pains) || !Array.isArray(customs) || !Array.isArray(rows)) return { ok: false };
  if (pains.length > PAINS.length || customs.length > LIMITS.customKpis || rows.length > LIMITS.rows) return { ok: false };

  const painIds: string[] = [];
  for (const p of pains) {
    if (typeof p !== 'string' || !PAINS.some((x) => x.id === p) || painIds.includes(p)) return { ok: false };
    painIds.push(p);
  }
  const customKpis: CustomKpi[] = [];
  for (const c of customs) {
    const read = readCustom(c);
    if (!read || customKpis.some((x) => x.id === read.id)) return { ok: false };
    customKpis.push(read);
  }
  const known = (id: string) => findKpi(id) !== undefined || customKpis.some((c) => c.id === id);
  const out: SheetRow[] = [];
  for (const r of rows) {
    const read = readRow(r, known);
    if (!read || out.some((x) => x.uid === read.uid)) return { ok: false };
    out.push(read);
  }
  return { ok: true, value: { pains: painIds, customKpis, rows: out } };
}
