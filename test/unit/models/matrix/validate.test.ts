import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_MATRIX_INPUT,
  DEFAULT_TCO_INPUT,
  checkLabel,
  checkScore,
  checkUsers,
  checkWeight,
  parseNumber,
  validateMatrixInput,
  validateTcoInput,
  type FieldError,
} from '@/models/matrix';
import { matrixInput, tcoInput } from './arbitraries';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const errorsOf = (input: unknown): FieldError[] => {
  const r = validateMatrixInput(input);
  return r.ok ? [] : r.errors;
};
const tcoErrorsOf = (input: unknown): FieldError[] => {
  const r = validateTcoInput(input);
  return r.ok ? [] : r.errors;
};

function withScore(value: unknown, criterion = 'usability', option = 0) {
  const input = clone(DEFAULT_MATRIX_INPUT) as unknown as { options: { scores: Record<string, unknown> }[] };
  input.options[option]!.scores[criterion] = value;
  return input;
}
function withWeight(criterion: string, value: unknown) {
  const input = clone(DEFAULT_MATRIX_INPUT) as unknown as { weights: Record<string, unknown> };
  input.weights[criterion] = value;
  return input;
}
const option = (id: string) => ({ ...clone(DEFAULT_MATRIX_INPUT.options[0]!), id });

describe('validateMatrixInput: every code', () => {
  const cases: { name: string; input: unknown; expected: FieldError }[] = [
    { name: 'a score of 7 is out-of-range', input: withScore(7), expected: { field: 'options.0.scores.usability', code: 'out-of-range' } },
    { name: 'a score of 0 is out-of-range', input: withScore(0, 'integration', 1), expected: { field: 'options.1.scores.integration', code: 'out-of-range' } },
    { name: 'a negative weight is out-of-range', input: withWeight('usability', -1), expected: { field: 'weights.usability', code: 'out-of-range' } },
    { name: 'a score that is text is not-a-number', input: withScore('abc'), expected: { field: 'options.0.scores.usability', code: 'not-a-number' } },
    { name: 'a weight that is NaN is not-a-number', input: withWeight('usability', Number.NaN), expected: { field: 'weights.usability', code: 'not-a-number' } },
    { name: 'an empty score is missing', input: withScore(''), expected: { field: 'options.0.scores.usability', code: 'missing' } },
    {
      name: 'all weights zero is no-weights',
      input: { ...clone(DEFAULT_MATRIX_INPUT), weights: Object.fromEntries(Object.keys(DEFAULT_MATRIX_INPUT.weights).map((k) => [k, 0])) },
      expected: { field: 'weights', code: 'no-weights' },
    },
    { name: 'no weights at all is no-weights', input: { ...clone(DEFAULT_MATRIX_INPUT), weights: {} }, expected: { field: 'weights', code: 'no-weights' } },
    { name: 'one option is too-few-options', input: { ...clone(DEFAULT_MATRIX_INPUT), options: [option('a')] }, expected: { field: 'options', code: 'too-few-options' } },
    {
      name: 'seven options is too-many-options',
      input: { ...clone(DEFAULT_MATRIX_INPUT), options: Array.from({ length: 7 }, (_, i) => option(`o${i}`)) },
      expected: { field: 'options', code: 'too-many-options' },
    },
    {
      name: 'the same id twice is duplicate-option',
      input: { ...clone(DEFAULT_MATRIX_INPUT), options: [option('a'), option('b'), option('a')] },
      expected: { field: 'options.2.id', code: 'duplicate-option' },
    },
    { name: 'an unknown weight key is unknown-criterion', input: withWeight('price', 5), expected: { field: 'weights.price', code: 'unknown-criterion' } },
    { name: 'an unknown score key is unknown-criterion', input: withScore(3, 'colour'), expected: { field: 'options.0.scores.colour', code: 'unknown-criterion' } },
    {
      name: 'a prototype key is unknown-criterion, not a prototype change',
      input: JSON.parse('{"weights":{"__proto__":5,"usability":1},"options":[{"id":"a","scores":{"usability":3}},{"id":"b","scores":{"usability":3}}]}'),
      expected: { field: 'weights.__proto__', code: 'unknown-criterion' },
    },
    { name: 'an id with markup is invalid-id', input: { ...clone(DEFAULT_MATRIX_INPUT), options: [option('a'), option('<b>')] }, expected: { field: 'options.1.id', code: 'invalid-id' } },
    { name: 'an option without id is missing', input: { ...clone(DEFAULT_MATRIX_INPUT), options: [option('a'), { scores: {} }] }, expected: { field: 'options.1.id', code: 'missing' } },
    {
      name: 'a label over 60 characters is too-long',
      input: { ...clone(DEFAULT_MATRIX_INPUT), options: [{ ...option('a'), label: '长'.repeat(61) }, option('b')] },
      expected: { field: 'options.0.label', code: 'too-long' },
    },
    { name: 'a label that is a number is wrong-type', input: { ...clone(DEFAULT_MATRIX_INPUT), options: [{ ...option('a'), label: 5 }, option('b')] }, expected: { field: 'options.0.label', code: 'wrong-type' } },
    { name: 'options that are not a list is wrong-type', input: { ...clone(DEFAULT_MATRIX_INPUT), options: { a: 1 } }, expected: { field: 'options', code: 'wrong-type' } },
    { name: 'a string input is wrong-type', input: 'hello', expected: { field: 'input', code: 'wrong-type' } },
    { name: 'an array input is wrong-type', input: [], expected: { field: 'input', code: 'wrong-type' } },
    { name: 'missing weights', input: { options: clone(DEFAULT_MATRIX_INPUT.options) }, expected: { field: 'weights', code: 'missing' } },
    { name: 'missing options', input: { weights: clone(DEFAULT_MATRIX_INPUT.weights) }, expected: { field: 'options', code: 'missing' } },
    {
      name: 'a weighted criterion without a score is missing',
      input: (() => {
        const i = clone(DEFAULT_MATRIX_INPUT) as unknown as { options: { scores: Record<string, unknown> }[] };
        delete i.options[1]!.scores['data-control'];
        return i;
      })(),
      expected: { field: 'options.1.scores.data-control', code: 'missing' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(errorsOf(c.input)).toContainEqual(c.expected);
    });
  }

  it('reports every problem at once, not only the first', () => {
    const input = withScore(7) as unknown as { options: { scores: Record<string, unknown> }[] };
    input.options[1]!.scores.integration = 'x';
    expect(errorsOf(input)).toEqual([
      { field: 'options.0.scores.usability', code: 'out-of-range' },
      { field: 'options.1.scores.integration', code: 'not-a-number' },
    ]);
  });

  it('a huge option list is rejected without reading every item', () => {
    const options = Array.from({ length: 100_000 }, () => ({}));
    expect(errorsOf({ weights: { usability: 1 }, options })).toEqual([{ field: 'options', code: 'too-many-options' }]);
  });
});

describe('validateMatrixInput: accepted input', () => {
  it('the default is valid and comes back equal', () => {
    const r = validateMatrixInput(clone(DEFAULT_MATRIX_INPUT));
    expect(r).toEqual({ ok: true, value: DEFAULT_MATRIX_INPUT });
  });

  it('numbers typed as text, full-width digits and decimals are read', () => {
    const input = withScore('４.５') as unknown as { weights: Record<string, unknown> };
    input.weights.usability = ' 25 ';
    const r = validateMatrixInput(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.options[0]!.scores.usability).toBe(4.5);
      expect(r.value.weights.usability).toBe(25);
    }
  });

  it('labels are trimmed; an empty label means "use the default name"', () => {
    const input = clone(DEFAULT_MATRIX_INPUT) as unknown as { options: { label?: string }[] };
    input.options[0]!.label = '  Acme   CRM ';
    input.options[1]!.label = '   ';
    const r = validateMatrixInput(input);
    expect(r.ok && r.value.options[0]!.label).toBe('Acme CRM');
    expect(r.ok && 'label' in r.value.options[1]!).toBe(false);
  });

  it('fast-check: every generated valid input passes and round-trips unchanged', () => {
    fc.assert(
      fc.property(matrixInput, (input) => {
        const r = validateMatrixInput(JSON.parse(JSON.stringify(input)));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(input);
      }),
    );
  });

  it('fast-check: hostile input never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (junk) => {
        const r = validateMatrixInput(junk);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(() => validateMatrixInput({ weights: { [a]: b }, options: [{ id: a, scores: { [b]: a } }, { id: b, label: a, scores: {} }] })).not.toThrow();
      }),
    );
  });
});

describe('field checkers', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    ['3.5', 3.5],
    ['３', 3],
  ])('checkScore(%s) is %d', (raw, value) => {
    expect(checkScore(raw)).toEqual({ ok: true, value });
  });
  it.each([
    ['7', 'out-of-range'],
    ['0.9', 'out-of-range'],
    ['x', 'not-a-number'],
    ['', 'missing'],
    ['0x3', 'not-a-number'],
    ['1,5', 'not-a-number'],
  ])('checkScore(%s) fails with %s', (raw, code) => {
    expect(checkScore(raw)).toEqual({ ok: false, code });
  });
  it('weights accept 0 and large scales, not negatives', () => {
    expect(checkWeight('0')).toEqual({ ok: true, value: 0 });
    expect(checkWeight('12,000')).toEqual({ ok: true, value: 12000 });
    expect(checkWeight(-0.1)).toEqual({ ok: false, code: 'out-of-range' });
  });
  it('users must be a whole number of at least 1', () => {
    expect(checkUsers('2.5')).toEqual({ ok: false, code: 'not-a-whole-number' });
    expect(checkUsers('-3')).toEqual({ ok: false, code: 'out-of-range' });
    expect(checkUsers('0')).toEqual({ ok: false, code: 'out-of-range' });
  });
  it('labels', () => {
    expect(checkLabel('<script>')).toEqual({ ok: true, value: '<script>' }); // kept as text; the view escapes it
    expect(checkLabel('a'.repeat(60)).ok).toBe(true);
  });
  it('parseNumber rejects Infinity and non-numbers', () => {
    expect(parseNumber(Infinity)).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseNumber({})).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseNumber(null)).toEqual({ ok: false, code: 'missing' });
  });
});

describe('validateTcoInput: every code', () => {
  const base = () => clone(DEFAULT_TCO_INPUT) as unknown as Record<string, unknown> & { options: Record<string, unknown>[] };
  const cases: { name: string; input: unknown; expected: FieldError }[] = [
    { name: 'negative users is out-of-range', input: { ...base(), users: -5 }, expected: { field: 'users', code: 'out-of-range' } },
    { name: 'fractional users is not-a-whole-number', input: { ...base(), users: 2.5 }, expected: { field: 'users', code: 'not-a-whole-number' } },
    { name: 'six years is out-of-range', input: { ...base(), years: 6 }, expected: { field: 'years', code: 'out-of-range' } },
    { name: 'years as text is not-a-number', input: { ...base(), years: 'three' }, expected: { field: 'years', code: 'not-a-number' } },
    { name: 'missing users', input: { ...base(), users: undefined }, expected: { field: 'users', code: 'missing' } },
    {
      name: 'a negative price is out-of-range',
      input: (() => {
        const b = base();
        b.options[0]!.implementation = -1;
        return b;
      })(),
      expected: { field: 'options.0.implementation', code: 'out-of-range' },
    },
    { name: 'no options is too-few-options', input: { ...base(), options: [] }, expected: { field: 'options', code: 'too-few-options' } },
    {
      name: 'seven options is too-many-options',
      input: { ...base(), options: Array.from({ length: 7 }, (_, i) => ({ ...base().options[0], id: `o${i}` })) },
      expected: { field: 'options', code: 'too-many-options' },
    },
    { name: 'duplicate ids', input: { ...base(), options: [base().options[0], base().options[0]] }, expected: { field: 'options.1.id', code: 'duplicate-option' } },
    { name: 'not an object', input: 42, expected: { field: 'input', code: 'wrong-type' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(tcoErrorsOf(c.input)).toContainEqual(c.expected);
    });
  }
  it('the default is valid', () => {
    expect(validateTcoInput(clone(DEFAULT_TCO_INPUT))).toEqual({ ok: true, value: DEFAULT_TCO_INPUT });
  });
  it('fast-check: generated valid input passes', () => {
    fc.assert(
      fc.property(tcoInput, (input) => {
        expect(validateTcoInput(input).ok).toBe(true);
      }),
    );
  });
});
