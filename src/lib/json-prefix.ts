/**
 * Whether a text could be the beginning of what `JSON.stringify` writes (no whitespace between
 * tokens). The share-link reader asks it of what a link that stops part-way inflates to: a link cut
 * short inflates to the first part of the JSON it was made from, while a link with a character changed
 * inflates, past the change, to bytes out of step with the stream, which almost never keep to JSON's
 * grammar this strictly. Loaded only with `share-link.ts`.
 */

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** The first part of a number, up to where the text stops. */
const NUMBER_START = /^-?(?:(?:0|[1-9]\d*)(?:\.\d*|\.\d+[eE][+-]?\d*|[eE][+-]?\d*)?)?$/;
const LITERALS = ['true', 'false', 'null'];

/** Where the string that starts after `from` closes (the index after its quote); the text's length
 * when it stops inside; -1 when something in it is not JSON. */
function scanString(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1;
    if (c !== 0x5c) continue;
    const escape = text.slice(i + 1, i + 6);
    if (escape === '') return text.length;
    if ('"\\/bfnrt'.includes(escape[0]!)) i += 1;
    else if (escape[0] === 'u' && /^u[0-9a-fA-F]{0,4}$/.test(escape.slice(0, 5))) {
      if (escape.length < 5) return text.length;
      i += 5;
    } else return -1;
  }
  return text.length;
}

/** Where a number or literal that starts at `from` ends; -1 when it is not one. */
function scanAtom(text: string, from: number): number {
  const run = /^(?:[-+.\deE]+|[a-z]+)/.exec(text.slice(from))?.[0] ?? '';
  const end = from + run.length;
  if (run === '') return -1;
  if (end === text.length) return NUMBER_START.test(run) || LITERALS.some((l) => l.startsWith(run)) ? end : -1;
  return NUMBER.test(run) || LITERALS.includes(run) ? end : -1;
}

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after' | 'end';

export function isJsonPrefix(text: string): boolean {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const open = stack[stack.length - 1];
    if (expect === 'end') return false;
    if (expect === 'colon') {
      if (c !== ':') return false;
      expect = 'value';
      i += 1;
    } else if (expect === 'after' || (expect === 'first-value' && c === ']') || (expect === 'first-key' && c === '}')) {
      if (c === ',' && expect === 'after') expect = open === '{' ? 'key' : 'value';
      else if (c === (open === '{' ? '}' : ']')) {
        stack.pop();
        expect = stack.length > 0 ? 'after' : 'end';
      } else return false;
      i += 1;
    } else if (expect === 'key' || expect === 'first-key') {
      if (c !== '"') return false;
      i = scanString(text, i + 1);
      if (i === -1) return false;
      expect = 'colon';
    } else if (c === '[' || c === '{') {
      stack.push(c);
      expect = c === '[' ? 'first-value' : 'first-key';
      i += 1;
    } else {
      i = c === '"' ? scanString(text, i + 1) : scanAtom(text, i);
      if (i === -1) return false;
      expect = stack.length > 0 ? 'after' : 'end';
    }
  }
  return true;
}
