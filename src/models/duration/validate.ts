/**
 * Validates anything (form state, a share link, localStorage) into a DurationInput.
 *
 * Form fields and URL parameters arrive as strings, so numeric strings ("3") and "true"/"false"
 * are accepted and normalised; everything else must already have the right type. Unknown keys are
 * dropped, so nothing unexpected travels on into the estimate or the page.
 */
import { isBlank, isObj, own } from '@/lib/untrusted';
import { isIsoDate } from '@/models/calendar';
import { COMPANY_SIZES, DEPLOYMENTS, LIMITS, PLATFORMS } from './defaults';
import type { DurationField, DurationInput, Level, ValidationCode, ValidationError, ValidationResult } from './types';

type Check<T> = { ok: true; value: T } | { ok: false; code: ValidationCode };
const fail = (code: ValidationCode) => ({ ok: false, code }) as const;


function toNumber(v: unknown): Check<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : fail('not-a-number');
  if (typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) {
    return { ok: true, value: Number(v) };
  }
  return fail('not-a-number');
}

function wholeNumber(v: unknown, min: number, max: number): Check<number> {
  const n = toNumber(v);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) return fail('not-a-whole-number');
  if (n.value < min || n.value > max) return fail('out-of-range');
  return n;
}

function option<T extends string>(v: unknown, options: readonly T[]): Check<T> {
  return typeof v === 'string' && (options as readonly string[]).includes(v)
    ? { ok: true, value: v as T }
    : fail('unknown-option');
}

function boolean(v: unknown): Check<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (v === 'true' || v === '1') return { ok: true, value: true };
  if (v === 'false' || v === '0') return { ok: true, value: false };
  return fail('not-a-boolean');
}

function date(v: unknown): Check<string> {
  const s = typeof v === 'string' ? v.trim() : v;
  if (!isIsoDate(s)) return fail('not-a-date');
  if (s < LIMITS.startDate.min || s > LIMITS.startDate.max) return fail('out-of-range');
  return { ok: true, value: s };
}

const level = (v: unknown) => wholeNumber(v, LIMITS.level.min, LIMITS.level.max) as Check<Level>;

const REQUIRED: { [K in DurationField]-?: { required: boolean; check: (v: unknown) => Check<NonNullable<DurationInput[K]>> } } = {
  companySize: { required: true, check: (v) => option(v, COMPANY_SIZES) },
  complexity: { required: true, check: level },
  digitalMaturity: { required: true, check: level },
  vendorSupport: { required: true, check: level },
  internalCommitment: { required: true, check: level },
  deployment: { required: true, check: (v) => option(v, DEPLOYMENTS) },
  platform: { required: true, check: (v) => option(v, PLATFORMS) },
  integrations: { required: true, check: (v) => wholeNumber(v, LIMITS.integrations.min, LIMITS.integrations.max) },
  switchingVendor: { required: true, check: boolean },
  agile: { required: true, check: boolean },
  expanding: { required: false, check: boolean },
  keyStaffTurnover: { required: false, check: boolean },
  startDate: { required: false, check: date },
};

/** Field names in the order the form shows them; errors come back in this order. */
export const DURATION_FIELDS = Object.keys(REQUIRED) as DurationField[];

export function validateDurationInput(input: unknown): ValidationResult {
  if (!isObj(input)) {
    return { ok: false, errors: [{ field: 'input', code: 'not-an-object' }] };
  }
  const errors: ValidationError[] = [];
  const value: Record<string, unknown> = {};
  for (const field of DURATION_FIELDS) {
    const rule = REQUIRED[field];
    // Own properties only: a "__proto__" or inherited key must never count as an answer.
    const raw = own(input, field);
    if (isBlank(raw)) {
      if (rule.required) errors.push({ field, code: 'missing' });
      continue;
    }
    const checked = rule.check(raw);
    if (checked.ok) value[field] = checked.value;
    else errors.push({ field, code: checked.code });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as unknown as DurationInput };
}
