import { describe, expect, it } from 'vitest';
import {
  BEST_ANSWERS,
  QUESTION_IDS,
  sanitizePartialAnswers,
  unansweredQuestions,
  validateReadinessAnswers,
} from '@/models/readiness';

const errorsOf = (input: unknown) => {
  const r = validateReadinessAnswers(input);
  return r.ok ? [] : r.errors;
};

describe('validateReadinessAnswers accepts', () => {
  it('a complete answer set, without a date', () => {
    expect(validateReadinessAnswers({ ...BEST_ANSWERS })).toEqual({ ok: true, value: { ...BEST_ANSWERS } });
  });

  it('a complete answer set with a date, trimmed', () => {
    const r = validateReadinessAnswers({ ...BEST_ANSWERS, plannedStart: ' 2026-03-02 ' });
    expect(r.ok && r.value.plannedStart).toBe('2026-03-02');
  });

  it('an empty or null date as "not planned yet"', () => {
    for (const plannedStart of ['', '   ', null, undefined]) {
      const r = validateReadinessAnswers({ ...BEST_ANSWERS, plannedStart });
      expect(r.ok, String(plannedStart)).toBe(true);
      expect(r.ok && 'plannedStart' in r.value).toBe(false);
    }
  });

  it('and drops unknown keys', () => {
    const r = validateReadinessAnswers({ ...BEST_ANSWERS, extra: '<script>', __proto__: { polluted: 1 } });
    expect(r.ok && Object.keys(r.value).sort()).toEqual([...QUESTION_IDS].sort());
  });
});

describe('validateReadinessAnswers reports every code on its field', () => {
  const cases: [string, unknown, { field: string; code: string }][] = [
    ['missing: a question left out', { ...BEST_ANSWERS, budget: undefined }, { field: 'budget', code: 'missing' }],
    ['missing: an empty string', { ...BEST_ANSWERS, dataState: '' }, { field: 'dataState', code: 'missing' }],
    ['missing: null', { ...BEST_ANSWERS, userAttitude: null }, { field: 'userAttitude', code: 'missing' }],
    ['unknown-option: a value of another question', { ...BEST_ANSWERS, budget: 'smart' }, { field: 'budget', code: 'unknown-option' }],
    ['unknown-option: a wrong case', { ...BEST_ANSWERS, companyStage: 'Stable' }, { field: 'companyStage', code: 'unknown-option' }],
    ['unknown-option: a number', { ...BEST_ANSWERS, keyStaffTurnover: 1 }, { field: 'keyStaffTurnover', code: 'unknown-option' }],
    ['unknown-option: markup', { ...BEST_ANSWERS, goalsDefined: '<img src=x onerror=alert(1)>' }, { field: 'goalsDefined', code: 'unknown-option' }],
    ['unknown-option: an object', { ...BEST_ANSWERS, itCapability: { toString: () => 'strong' } }, { field: 'itCapability', code: 'unknown-option' }],
    ['not-a-date: text', { ...BEST_ANSWERS, plannedStart: 'next spring' }, { field: 'plannedStart', code: 'not-a-date' }],
    ['not-a-date: an impossible day', { ...BEST_ANSWERS, plannedStart: '2026-02-30' }, { field: 'plannedStart', code: 'not-a-date' }],
    ['not-a-date: another format', { ...BEST_ANSWERS, plannedStart: '03/02/2026' }, { field: 'plannedStart', code: 'not-a-date' }],
    ['not-a-date: a number', { ...BEST_ANSWERS, plannedStart: 20260302 }, { field: 'plannedStart', code: 'not-a-date' }],
    ['not-a-date: out of range', { ...BEST_ANSWERS, plannedStart: '2300-01-01' }, { field: 'plannedStart', code: 'not-a-date' }],
  ];
  it.each(cases)('%s', (_name, input, error) => {
    expect(errorsOf(input)).toEqual([error]);
  });

  it('every question is missing for an empty object, a non-object or an array', () => {
    for (const input of [{}, null, undefined, 'answers', 42, [BEST_ANSWERS]]) {
      expect(errorsOf(input)).toEqual(QUESTION_IDS.map((field) => ({ field, code: 'missing' })));
    }
  });

  it('answers inherited through the prototype do not count', () => {
    const hostile = Object.create({ ...BEST_ANSWERS });
    expect(errorsOf(hostile)).toHaveLength(QUESTION_IDS.length);
  });

  it('reports several errors at once', () => {
    expect(errorsOf({ ...BEST_ANSWERS, budget: 'lots', goalsDefined: undefined, plannedStart: 'x' })).toEqual([
      { field: 'goalsDefined', code: 'missing' },
      { field: 'budget', code: 'unknown-option' },
      { field: 'plannedStart', code: 'not-a-date' },
    ]);
  });
});

describe('sanitizePartialAnswers (saved progress, shared links)', () => {
  it('keeps the valid answers and drops the rest', () => {
    expect(sanitizePartialAnswers({ goalsDefined: 'smart', budget: 'lots', plannedStart: 'soon', junk: 1 })).toEqual({
      goalsDefined: 'smart',
    });
  });

  it('keeps a valid date', () => {
    expect(sanitizePartialAnswers({ plannedStart: '2026-05-04' })).toEqual({ plannedStart: '2026-05-04' });
  });

  it('never throws and returns {} for anything that is not an object', () => {
    for (const input of [null, undefined, 'x', 3, [], true]) expect(sanitizePartialAnswers(input)).toEqual({});
  });

  it('lists the unanswered questions in the order they are asked', () => {
    expect(unansweredQuestions({})).toEqual(QUESTION_IDS);
    expect(unansweredQuestions({ ...BEST_ANSWERS })).toEqual([]);
    expect(unansweredQuestions({ goalsDefined: 'smart' })[0]).toBe('executiveSponsor');
  });
});
