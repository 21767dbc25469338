// The closing line CI reads must count tests, not suites. Checked on a real vitest report of a small
// suite made for the purpose, so the test follows vitest's own JSON and not a hand-written copy of it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countReport } from '../../../scripts/test-count.mjs';

const FILES: Record<string, string> = {
  'nested.test.js': `import { describe, it, expect } from 'vitest';
describe('outer', () => { describe('inner', () => {
  it('passes', () => expect(1).toBe(1));
  it('fails', () => expect(1).toBe(2));
}); });`,
  'hook.test.js': `import { beforeAll, it } from 'vitest';
beforeAll(() => { throw new Error('no browser'); });
it('a', () => {}); it('b', () => {});`,
  'crash.test.js': `import './no-such-module.js';\nimport { it } from 'vitest';\nit('never runs', () => {});`,
  'fine.test.js': `import { it } from 'vitest';\nit('one', () => {}); it.skip('skipped', () => {});`,
};

describe('countReport on a real vitest report', () => {
  it('counts a failing test once, a crashed file or failed hook once, and skipped tests apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'count-'));
    try {
      for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, 'vitest.config.mjs'), 'export default { test: { include: ["*.test.js"] } };');
      const out = join(dir, 'report.json');
      const vitest = resolve('node_modules/vitest/vitest.mjs');
      const run = spawnSync(process.execPath, [vitest, 'run', '--root', dir, '--reporter=json', `--outputFile=${out}`], { encoding: 'utf8', cwd: dir });
      expect(run.status, run.stderr).not.toBe(0);
      const counts = countReport(JSON.parse(readFileSync(out, 'utf8')));
      // nested: 1 passed, 1 failed; hook: 1 failure (its two tests never ran); crash: 1 failure; fine: 1 passed, 1 skipped.
      expect(counts.failed).toBe(3);
      expect(counts.passed).toBe(2);
      expect(counts.skipped).toBeGreaterThanOrEqual(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
