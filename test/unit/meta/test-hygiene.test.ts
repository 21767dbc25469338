// Rules every test file keeps, so the suite gives the same verdict on any day and any machine:
// browser pages get a stated date (openContext), nothing waits a fixed time, nothing reads the real
// clock, and speed is measured by `npm run bench`, not asserted in unit tests.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = 'test';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const testFiles = files(ROOT).filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith('test-hygiene.test.ts'));

/** Lines of the given files that match a pattern, as "file:line: text". */
function offending(list: string[], pattern: RegExp): string[] {
  return list.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) && !line.trim().startsWith('//') ? [`${relative('.', f)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('test hygiene', () => {
  it('finds the test files', () => {
    expect(testFiles.length).toBeGreaterThan(40);
  });

  it('browser tests open contexts only through openContext, which fixes the page clock', () => {
    const e2e = testFiles.filter((f) => f.startsWith(join(ROOT, 'e2e')) && !f.includes(`${join('e2e', 'support')}`));
    expect(offending(e2e, /\.newContext\(/)).toEqual([]);
  });

  it('no test waits a fixed time', () => {
    expect(offending(testFiles, /waitForTimeout\(|\bsleep\(|setTimeout\(r(esolve)?, \d+\)/)).toEqual([]);
  });

  it('no test reads the real clock', () => {
    // A Date built without arguments, or the current timestamp, is today; so is todayIso() without fake timers. // clock-ok: names the reads, makes none
    expect(offending(testFiles, /new Date\(\)|Date\.now\(\)/)).toEqual([]);
    const unfakedToday = testFiles.filter((f) => /todayIso\(/.test(readFileSync(f, 'utf8')) && !/useFakeTimers/.test(readFileSync(f, 'utf8')));
    expect(unfakedToday).toEqual([]);
  });

  it('unit tests assert no timings', () => {
    const unit = testFiles.filter((f) => f.startsWith(join(ROOT, 'unit')));
    expect(offending(unit, /performance\.now\(\)/)).toEqual([]);
  });
});
