import { isObj } from '@/lib/untrusted';
import { addMonths, isIsoDate, todayIso } from '@/models/calendar';
import { findKpi } from './catalog';
import { parseNumber } from './numbers';
import type { KpiDefinition, KpiError, KpiInput, ValidationResult } from './types';

// Validates one KPI row as it arrives from a form, localStorage or a share link. Every problem is
// reported at once, one code per field, so the page can show each message beside its own field.

/** Largest magnitude accepted for any value: beyond it the number is a typo, not a KPI. */
export const MAX_MAGNITUDE = 1e12;
/** A deadline further than this is not a plan the project can steer by. */
export const MAX_DEADLINE_YEARS = 10;
/** Free-text fields (owner, data source, goal) are short labels, not documents. */
export const MAX_TEXT_LENGTH = 200;

function readText(
  record: Record<string, unknown>,
  field: 'owner' | 'dataSource' | 'goal',
  errors: KpiError[],
): string | undefined {
  const raw = record[field];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    errors.push({ field, code: 'not-text' });
    return undefined;
  }
  const text = raw.trim();
  if (text.length > MAX_TEXT_LENGTH) errors.push({ field, code: 'too-long' });
  return text === '' ? undefined : text;
}

function inRange(def: KpiDefinition, value: number): boolean {
  if (Math.abs(value) > MAX_MAGNITUDE) return false;
  if (def.min !== undefined && value < def.min) return false;
  if (def.max !== undefined && value > def.max) return false;
  return true;
}

export function validateKpiInput(
  input: unknown,
  extra: readonly KpiDefinition[] = [],
): ValidationResult<KpiInput> {
  if (!isObj(input)) {
    return { ok: false, errors: [{ field: 'input', code: 'missing' }] };
  }
  // Own properties only, so nothing answers through a prototype.
  const record: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(input)) record[key] = input[key];
  const errors: KpiError[] = [];

  let def: KpiDefinition | undefined;
  const kpiId = record.kpiId;
  if (kpiId === undefined || kpiId === null || kpiId === '') errors.push({ field: 'kpiId', code: 'missing' });
  else if (typeof kpiId !== 'string' || !(def = findKpi(kpiId, extra))) errors.push({ field: 'kpiId', code: 'unknown-kpi' });

  const numbers: Partial<Record<'baseline' | 'target', number>> = {};
  for (const field of ['baseline', 'target'] as const) {
    const parsed = parseNumber(record[field]);
    if (!parsed.ok) errors.push({ field, code: parsed.code });
    else if (def && !inRange(def, parsed.value)) errors.push({ field, code: 'out-of-range' });
    else if (!def && Math.abs(parsed.value) > MAX_MAGNITUDE) errors.push({ field, code: 'out-of-range' });
    else numbers[field] = parsed.value;
  }
  const { baseline, target } = numbers;
  if (def && baseline !== undefined && target !== undefined) {
    if (target === baseline) errors.push({ field: 'target', code: 'no-change' });
    else if ((def.direction === 'increase') !== (target > baseline)) errors.push({ field: 'target', code: 'wrong-direction' });
  }

  let today: string | undefined;
  const rawToday = record.today;
  if (rawToday !== undefined && rawToday !== null && rawToday !== '') {
    if (isIsoDate(rawToday)) today = rawToday;
    else errors.push({ field: 'today', code: 'not-a-date' });
  }

  let deadline: string | undefined;
  const rawDeadline = record.deadline;
  if (rawDeadline === undefined || rawDeadline === null || rawDeadline === '') errors.push({ field: 'deadline', code: 'missing' });
  else if (!isIsoDate(rawDeadline)) errors.push({ field: 'deadline', code: 'not-a-date' });
  else {
    const reference = today ?? todayIso();
    if (rawDeadline <= reference) errors.push({ field: 'deadline', code: 'deadline-past' });
    else if (rawDeadline > addMonths(reference, MAX_DEADLINE_YEARS * 12)) errors.push({ field: 'deadline', code: 'out-of-range' });
    else deadline = rawDeadline;
  }

  const owner = readText(record, 'owner', errors);
  const dataSource = readText(record, 'dataSource', errors);
  const goal = readText(record, 'goal', errors);

  if (errors.length > 0 || !def || baseline === undefined || target === undefined || !deadline) {
    return { ok: false, errors };
  }
  const value: KpiInput = { kpiId: def.id, baseline, target, deadline };
  if (today) value.today = today;
  if (owner) value.owner = owner;
  if (dataSource) value.dataSource = dataSource;
  if (goal) value.goal = goal;
  return { ok: true, value };
}
