// Timing of the tools' pure models (for example estimateDuration with its Monte Carlo simulation; the
// estimate reruns on every change of an answer, so its target is under 5 ms), from the vitest bench files under test/unit/models/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export async function runModels() {
  const out = '.bench/models-bench.json';
  const run = spawnSync('npx', ['vitest', 'bench', '--project', 'unit', '--run', 'test/unit/models', `--outputJson=${out}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0 || !existsSync(out)) return { error: 'vitest bench failed', benchmarks: [] };
  const data = JSON.parse(readFileSync(out, 'utf8'));
  const benchmarks = [];
  for (const file of data.files ?? []) {
    for (const group of file.groups ?? []) {
      for (const b of group.benchmarks ?? []) {
        benchmarks.push({ group: group.fullName, name: b.name, medianMs: +Number(b.median).toFixed(3), p99Ms: +Number(b.p99).toFixed(3), samples: b.sampleCount });
      }
    }
  }
  console.log('model                                              median     p99');
  for (const b of benchmarks) console.log(`${`${b.group.split(' > ').pop()} › ${b.name}`.slice(0, 50).padEnd(50)} ${String(b.medianMs).padStart(7)} ms ${String(b.p99Ms).padStart(7)} ms`);
  return { benchmarks };
}
