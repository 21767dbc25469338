import { isBlank, isObj as isRecord, own } from '@/lib/untrusted';
import { isIsoDate } from '@/models/calendar';
import { LIMITS } from './defaults';
import { QUESTIONS, optionValues } from './questions';
import type { QuestionId, ReadinessAnswers, ValidationError, ValidationResult } from './types';


function checkOption(id: QuestionId, value: unknown): ValidationError | null {
  if (isBlank(value)) return { field: id, code: 'missing' };
  return (optionValues(id) as readonly unknown[]).includes(value) ? null : { field: id, code: 'unknown-option' };
}

/** A usable start date, or null. A blank date is simply "not planned yet". */
function readDate(value: unknown): { ok: true; value?: string } | { ok: false } {
  if (isBlank(value)) return { ok: true };
  if (typeof value !== 'string') return { ok: false };
  const text = value.trim();
  if (!isIsoDate(text) || text < LIMITS.plannedStart.min || text > LIMITS.plannedStart.max) return { ok: false };
  return { ok: true, value: text };
}

/**
 * Checks a complete answer set. Every unanswered question is `missing`, a value that is not one of its
 * options is `unknown-option`, a start date that is not a real `YYYY-MM-DD` in range is `not-a-date`.
 * Unknown keys are dropped; anything that is not an object counts as no answers at all.
 */
export function validateReadinessAnswers(input: unknown): ValidationResult {
  const record = isRecord(input) ? input : {};
  const errors: ValidationError[] = [];
  const value: Partial<ReadinessAnswers> = {};
  for (const question of QUESTIONS) {
    const raw = own(record, question.id);
    const error = checkOption(question.id, raw);
    if (error) errors.push(error);
    else (value as Record<string, unknown>)[question.id] = raw;
  }
  const date = readDate(own(record, 'plannedStart'));
  if (!date.ok) errors.push({ field: 'plannedStart', code: 'not-a-date' });
  else if (date.value) value.plannedStart = date.value;
  return errors.length ? { ok: false, errors } : { ok: true, value: value as ReadinessAnswers };
}

/**
 * Keeps whatever is valid in a partial answer set (saved progress, a shared link) and drops the rest,
 * so a visitor half-way through the questions keeps their answers. Never throws.
 */
export function sanitizePartialAnswers(input: unknown): Partial<ReadinessAnswers> {
  if (!isRecord(input)) return {};
  const out: Partial<ReadinessAnswers> = {};
  for (const question of QUESTIONS) {
    const raw = own(input, question.id);
    if (!checkOption(question.id, raw)) (out as Record<string, unknown>)[question.id] = raw;
  }
  const date = readDate(own(input, 'plannedStart'));
  if (date.ok && date.value) out.plannedStart = date.value;
  return out;
}

/** The questions not yet answered, in the order they are asked. */
export function unansweredQuestions(answers: Partial<ReadinessAnswers>): QuestionId[] {
  return QUESTIONS.filter((question) => checkOption(question.id, answers[question.id]) !== null).map((x) => x.id);
}
