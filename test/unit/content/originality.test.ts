import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const checker = '../shared/tools/check-originality.py';

// The product's rule: no sentence is copied from the source documents. The checker ships beside the
// project in ../shared; where it is absent (a fork, a mirror) the test says so and skips.
describe('originality of the writing', () => {
  if (!existsSync(checker)) {
    it.skip(`skipped: ${checker} is not beside the project`, () => {});
    return;
  }
  it('repeats no passage of the source documents word for word', () => {
    const run = spawnSync('python3', [checker, 'content', 'src'], { encoding: 'utf8' });
    expect(run.error, 'python3 is needed to run the originality check').toBeUndefined();
    const summary = run.stdout.trim().split('\n').pop() ?? '';
    expect(run.stdout, run.stdout).toContain(' 0 copied passage');
    expect(summary).toMatch(/0 copied passage/);
  });
});
