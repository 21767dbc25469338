// The share-link reader calls a link "cut off" only when what it inflates to could be the start of
// the JSON it was made from; this is the grammar check behind that.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isJsonPrefix } from '@/lib/json-prefix';

describe('isJsonPrefix', () => {
  it('accepts every first part of any JSON text JSON.stringify writes, Chinese and escapes included', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.nat(), (value, at) => {
      const text = JSON.stringify(value);
      expect(isJsonPrefix(text.slice(0, at % (text.length + 1)))).toBe(true);
    }));
    const text = JSON.stringify([1.5e-7, -0.25, true, null, '华东 "制造"\n\u0001', { k: [false, {}] }, []]);
    for (let i = 0; i <= text.length; i += 1) expect(isJsonPrefix(text.slice(0, i)), text.slice(0, i)).toBe(true);
  });

  it.each([
    '[1,,', '[,', '{"a"1', '{1:2}', '{"a":1,}', '[1]]', '[1] ', ' [1]', '[1]x', '[01', '[-]', '[1.]', '[1e]', '[tru]',
    '[nul,', '[True', '["a\u0001', '["\\x', '["\\u12g', ']', '}', '[}', '{]', '[1"', '"a""', ':',
  ])('refuses %j, which no JSON text starts with', (text) => {
    expect(isJsonPrefix(text)).toBe(false);
  });
});
