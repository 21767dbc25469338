// Gathering and reading plan states. Reading is strict: a part that a tool's own validator would have
// to change (a dropped answer, a string where a number belongs, a truncated name) makes the whole part
// wrong, so an import either brings exactly what the file says or nothing at all.
import { DEFAULT_PROFILE, parseProfile, type Profile } from '@/models/profile';
import { DEFAULT_DURATION_INPUT, validateDurationInput, type DurationInput } from '@/models/duration';
import { DEFAULT_SELECTION_STATE, parseSelectionState, type SelectionState } from '@/models/matrix';
import { sanitizePartialAnswers, type ReadinessAnswers } from '@/models/readiness';
import { EMPTY_SHEET, validateSheet, type KpiSheet } from '@/models/kpi';
import { canonicalJson, sameJson } from './canonical';
import { FILE_BOUNDS } from './limits';
import { hasOwn, isObj, own, type Obj } from '@/lib/untrusted';
import { exceedsBounds } from '@/lib/untrusted-bounds';
import type { PlanError, PlanState, ToolKey } from './types';

export const EMPTY_PLAN: PlanState = Object.freeze({
  profile: DEFAULT_PROFILE,
  readiness: null,
  duration: null,
  selection: null,
  kpi: null,
}) as PlanState;


/** Optional duration fields the estimator treats as "false" or "not given" when absent. */
function durationKey(input: DurationInput): string {
  return canonicalJson({
    ...input,
    expanding: input.expanding ?? false,
    keyStaffTurnover: input.keyStaffTurnover ?? false,
    startDate: input.startDate ?? '',
  });
}

/** Whether a tool's saved state is still its untouched default (then the plan says "not used yet"). */
export const isDefault = {
  readiness: (answers: Partial<ReadinessAnswers>) => Object.keys(answers).length === 0,
  duration: (input: DurationInput) => durationKey(input) === durationKey(DEFAULT_DURATION_INPUT),
  selection: (state: SelectionState) => sameJson(parseSelectionState(state), parseSelectionState(DEFAULT_SELECTION_STATE)),
  kpi: (sheet: KpiSheet) => sheet.rows.length === 0 && sheet.pains.length === 0 && sheet.customKpis.length === 0,
};

/** What the stores hold right now, as one plan: defaults become null. */
export interface ToolStates {
  profile: Profile;
  readinessAnswers: Partial<ReadinessAnswers>;
  duration: DurationInput;
  selection: SelectionState;
  kpi: KpiSheet;
}

export function gatherPlan(s: ToolStates): PlanState {
  return {
    profile: s.profile,
    readiness: isDefault.readiness(s.readinessAnswers) ? null : s.readinessAnswers,
    duration: isDefault.duration(s.duration) ? null : s.duration,
    selection: isDefault.selection(s.selection) ? null : s.selection,
    kpi: isDefault.kpi(s.kpi) ? null : s.kpi,
  };
}

/** The state each tool should hold for a plan part (its defaults when the part is null). */
export function toolStatesOf(plan: PlanState): ToolStates {
  return {
    profile: plan.profile,
    readinessAnswers: plan.readiness ?? {},
    duration: plan.duration ?? { ...DEFAULT_DURATION_INPUT },
    selection: plan.selection ?? DEFAULT_SELECTION_STATE,
    kpi: plan.kpi ?? EMPTY_SHEET,
  };
}

export function usedTools(plan: PlanState): Record<ToolKey, boolean> {
  return { readiness: plan.readiness !== null, duration: plan.duration !== null, selection: plan.selection !== null, kpi: plan.kpi !== null };
}

// ---- strict readers, one per part ----

type Read<T> = { ok: true; value: T } | { ok: false; errors: PlanError[] };
const wrong = (field: string): Read<never> => ({ ok: false, errors: [{ field, code: 'wrong-types' }] });

/** Refuses a value too deep or too large before anything walks it recursively (canonicalJson). */
function outOfBounds(raw: unknown, path: string): Read<never> | null {
  const over = exceedsBounds(raw, FILE_BOUNDS);
  return over ? { ok: false, errors: [{ field: path, code: over }] } : null;
}

/** Every key the reader kept must hold exactly what the raw object held. */
function changedKeys(raw: Obj, parsed: Obj, keys: readonly string[]): string[] {
  return keys.filter((k) => hasOwn(raw, k) && canonicalJson(raw[k]) !== canonicalJson(parsed[k]));
}

const PROFILE_KEYS = ['version', 'companyName', 'companySize', 'industry', 'employees', 'plannedStart'] as const;

export function readProfile(raw: unknown, path = 'profile'): Read<Profile> {
  const refused = outOfBounds(raw, path);
  if (refused) return refused;
  const parsed = parseProfile(raw);
  if (!parsed || !isObj(raw)) return wrong(path);
  const bad = changedKeys(raw, parsed as unknown as Obj, PROFILE_KEYS);
  return bad.length ? { ok: false, errors: bad.map((k) => ({ field: `${path}.${k}`, code: 'wrong-types' })) } : { ok: true, value: parsed };
}

export function readReadiness(raw: unknown, path = 'readiness'): Read<Partial<ReadinessAnswers> | null> {
  if (raw === null) return { ok: true, value: null };
  const refused = outOfBounds(raw, path);
  if (refused) return refused;
  if (!isObj(raw)) return wrong(path);
  const answers = sanitizePartialAnswers(raw);
  const bad = Object.keys(raw).filter((k) => canonicalJson(raw[k]) !== canonicalJson(own(answers as Obj, k)));
  if (bad.length) return { ok: false, errors: bad.map((k) => ({ field: `${path}.${k}`, code: 'wrong-types' })) };
  return { ok: true, value: Object.keys(answers).length ? answers : null };
}

export function readDuration(raw: unknown, path = 'duration'): Read<DurationInput | null> {
  if (raw === null) return { ok: true, value: null };
  if (!isObj(raw)) return wrong(path);
  const r = validateDurationInput(raw);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => ({ field: e.field === 'input' ? path : `${path}.${e.field}`, code: 'wrong-types' })) };
  // The estimator accepts "3" for 3 from its form; a file must carry real numbers and booleans.
  const value = r.value as unknown as Obj;
  const bad = Object.keys(raw).filter((k) => hasOwn(value, k) && typeof raw[k] !== typeof value[k]);
  const unknown = Object.keys(raw).filter((k) => !hasOwn(value, k) && raw[k] !== undefined);
  const all = [...bad, ...unknown];
  return all.length ? { ok: false, errors: all.map((k) => ({ field: `${path}.${k}`, code: 'wrong-types' })) } : { ok: true, value: r.value };
}

export function readSelection(raw: unknown, path = 'selection'): Read<SelectionState | null> {
  if (raw === null) return { ok: true, value: null };
  const parsed = parseSelectionState(raw);
  return parsed ? { ok: true, value: parsed } : wrong(path);
}

export function readKpi(raw: unknown, path = 'kpi'): Read<KpiSheet | null> {
  if (raw === null) return { ok: true, value: null };
  const r = validateSheet(raw);
  return r.ok ? { ok: true, value: r.value } : wrong(path);
}

/**
 * Reads a whole plan. Every part must be present (null for "not used"); a part with the wrong
 * shape is reported by its path, and all of them are reported, not just the first.
 */
export function readPlanState(raw: unknown, path = 'plan'): Read<PlanState> {
  // Before any recursive comparison (canonicalJson): a value nested thousands deep would overflow the stack.
  const refused = outOfBounds(raw, path);
  if (refused) return refused;
  if (!isObj(raw)) return wrong(path);
  const errors: PlanError[] = [];
  const take = <T>(r: Read<T>): T | undefined => {
    if (r.ok) return r.value;
    errors.push(...r.errors);
    return undefined;
  };
  const missing = (k: string) => {
    if (!hasOwn(raw, k)) errors.push({ field: `${path}.${k}`, code: 'wrong-types' });
    return own(raw, k);
  };
  const profile = take(readProfile(missing('profile'), `${path}.profile`));
  const readiness = take(readReadiness(missing('readiness'), `${path}.readiness`));
  const duration = take(readDuration(missing('duration'), `${path}.duration`));
  const selection = take(readSelection(missing('selection'), `${path}.selection`));
  const kpi = take(readKpi(missing('kpi'), `${path}.kpi`));
  if (errors.length) return { ok: false, errors: dedupe(errors) };
  const plan = { profile: profile!, readiness: readiness ?? null, duration: duration ?? null, selection: selection ?? null, kpi: kpi ?? null };
  // A part that equals its tool's defaults is "not used", whichever way it was written.
  return { ok: true, value: normalisePlan(plan) };
}

export function normalisePlan(plan: PlanState): PlanState {
  return gatherPlan(toolStatesOf(plan));
}

function dedupe(errors: PlanError[]): PlanError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}|${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
