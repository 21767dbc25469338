// npm run bench: a report, not a test. Four parts, each in scripts/bench/:
//   weight       builds the site (timed) and measures what each page type loads before interaction, what
//                the first search fetches, and the Pagefind index size
//   lighthouse   Lighthouse (system Chromium) on each page type, both locales, mobile and desktop presets
//   interaction  input-to-next-paint on each tool page, 20 keyboard edits
//   models       median time of each tool's pure computation (vitest bench files in test/unit/models), and
//                how fast the worst hostile link, file and stored value is refused (goal: under 20 ms each)
//   scale        build time, peak memory and index size with N generated guides per locale, in a temp copy
// Figures go to the console, to .bench/report.json (merged: a partial run replaces only its own parts)
// and as markdown tables to .bench/report.md (what the README's "Quality" section pastes).
//
// Flags: --only weight,models,lighthouse,interaction,scale   --runs N (Lighthouse runs per page, default 3)
//        --quick (1 Lighthouse run)   --scale 0,100,400   --presets mobile,desktop   --pages REGEX
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { parseArgs } from 'node:util';

const PARTS = ['weight', 'models', 'lighthouse', 'interaction', 'scale'];
const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: PARTS.join(',') },
    runs: { type: 'string', default: '3' },
    quick: { type: 'boolean', default: false },
    scale: { type: 'string', default: '0,100,400' },
    presets: { type: 'string', default: 'mobile,desktop' },
    pages: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('npm run bench -- [--only weight,models,lighthouse,interaction,scale] [--runs 3] [--quick] [--scale 0,100,400] [--presets mobile,desktop] [--pages REGEX]');
  process.exit(0);
}
const only = args.only.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`Unknown part(s): ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
  process.exit(2);
}
const runs = args.quick ? 1 : Math.max(1, Number.parseInt(args.runs, 10) || 3);
const sizes = args.scale.split(',').map((s) => Number.parseInt(s, 10)).filter((n) => Number.isInteger(n) && n >= 0);
const DIST = 'dist';

mkdirSync('.bench', { recursive: true });
let report = {};
try {
  report = JSON.parse(readFileSync('.bench/report.json', 'utf8'));
  if (!report || typeof report !== 'object' || Array.isArray(report)) report = {};
} catch { /* first run */ }
for (const old of ['buildSeconds', 'pagefindIndex', 'pages', 'firstSearch']) delete report[old]; // the pre-split layout
Object.assign(report, {
  date: new Date().toISOString(),
  node: process.version,
  machine: `${cpus().length} CPU, ${Math.round(totalmem() / 2 ** 30)} GiB`,
});

function save() {
  writeFileSync('.bench/report.json', JSON.stringify(report, null, 2));
}
async function part(name, fn) {
  const load = loadavg()[0];
  const started = performance.now();
  console.log(`\n=== ${name} ===`);
  const result = await fn();
  result.loadAverage = +((load + loadavg()[0]) / 2).toFixed(1);
  result.partSeconds = Math.round((performance.now() - started) / 1000);
  report[name] = result;
  save();
}

if (only.includes('weight')) {
  const { runWeight } = await import('./bench/weight.mjs');
  await part('weight', () => runWeight({ dist: DIST }));
}
if (only.includes('models')) {
  const { runModels } = await import('./bench/models.mjs');
  await part('models', () => runModels());
}
// Lighthouse and the interaction probe read a private snapshot of dist/, taken under the build lock, so
// that someone rebuilding dist/ in the meantime cannot pull files from under a long run.
let snapshot = null;
if (only.includes('lighthouse') || only.includes('interaction')) {
  if (!existsSync(`${DIST}/index.html`)) {
    console.log('No dist/: building it first (scripts/build-private.sh)…');
    const b = spawnSync('scripts/build-private.sh', [DIST], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  snapshot = mkdtempSync(join(tmpdir(), 'crmpb-bench-dist-'));
  const cp = spawnSync('flock', ['/tmp/crmpb-astro-build.lock', 'cp', '-a', `${DIST}/.`, snapshot], { stdio: 'inherit' });
  if (cp.status !== 0) process.exit(cp.status ?? 1);
}
if (only.includes('lighthouse')) {
  const { runLighthouse } = await import('./bench/lighthouse.mjs');
  await part('lighthouse', () => runLighthouse({
    dist: snapshot, runs, presets: args.presets.split(','), filter: args.pages ? new RegExp(args.pages) : null,
  }));
}
if (only.includes('interaction')) {
  const { runInteraction } = await import('./bench/interaction.mjs');
  await part('interaction', () => runInteraction({ dist: snapshot }));
}
if (only.includes('scale')) {
  const { runScale } = await import('./bench/scale.mjs');
  await part('scale', () => runScale({ sizes }));
}

if (snapshot) rmSync(snapshot, { recursive: true, force: true });

const { toMarkdown } = await import('./bench/markdown.mjs');
writeFileSync('.bench/report.md', toMarkdown(report));
console.log('\nFull figures: .bench/report.json; markdown tables: .bench/report.md (raw Lighthouse reports: .bench/lighthouse/)');
