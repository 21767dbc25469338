// Runs every suite the project has, in the order a failure is cheapest to find: unit tests, type
// check, production build, browser tests against that build. Ends with one line "N passed, N failed"
// summing all suites, which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { countReport } from './test-count.mjs';

const results = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`━━ ${label} ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function vitest(project) {
  const out = `test-results/${project}.json`;
  rmSync(out, { force: true });
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(out)) counts = countReport(JSON.parse(readFileSync(out, 'utf8')));
  // The runner failed yet no test or file did (a crash before any report): that is one failure too.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ suite: project, ...counts });
  return ok;
}

function step(label, command, args, env) {
  const ok = run(label, command, args, env);
  results.push({ suite: label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

vitest('unit');
step('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'error']);
const built = step('build', 'npx', ['astro', 'build']);
if (built) vitest('e2e');
else results.push({ suite: 'e2e', passed: 0, failed: 1, skipped: 0 });

console.log('\nSummary');
for (const r of results) console.log(`  ${r.suite.padEnd(12)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
const sum = (key) => results.reduce((n, r) => n + r[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
const failed = sum('failed');
process.exit(failed ? 1 : 0);
