// Scale: how build cost grows with content. For each N, copies the repository (without node_modules,
// dist, caches and .git) to a temporary folder, symlinks node_modules, adds N generated guides per locale
// (real guide bodies under a new slug, title and order, the same slug in both locales), and builds it in a
// child `node` that imports Astro's build(). Reports build time, peak memory (the build process's own
// maxRSS from process.resourceUsage(), and the peak RSS of its whole process tree, Pagefind's indexer
// included, sampled from /proc) and the Pagefind index size.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { dirSize, consoleTable, LOCALES } from './util.mjs';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.tools', '.bench', 'test-results']);

const CHILD = `
import { build } from 'astro';
const root = process.cwd();
const started = performance.now();
await build({ root, logLevel: 'warn', cacheDir: root + '/.bench-cache/astro/', vite: { cacheDir: root + '/.bench-cache/vite/' } });
const seconds = (performance.now() - started) / 1000;
console.log('BENCH_RESULT ' + JSON.stringify({ seconds, maxRSSKiB: process.resourceUsage().maxRSS }));
process.exit(0);
`;

/** Adds n guides per locale, cycling through the real ones. */
export function generateGuides(root, n) {
  for (const locale of LOCALES) {
    const dir = join(root, 'content', 'guides', locale);
    const real = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
    const orders = real.map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? 0));
    const base = Math.max(0, ...orders);
    for (let i = 1; i <= n; i += 1) {
      const source = readFileSync(join(dir, real[(i - 1) % real.length]), 'utf8');
      const text = source
        .replace(/^title:\s*(["']?)(.*)\1\s*$/m, (_m, _q, title) => `title: ${JSON.stringify(`${title.slice(0, 70)} (generated ${i})`)}`)
        .replace(/^order:\s*\d+\s*$/m, `order: ${base + i}`);
      writeFileSync(join(dir, `generated-guide-${String(i).padStart(4, '0')}.mdx`), text);
    }
  }
}

/** Peak of the summed RSS of a process and its descendants, sampled from /proc. */
function watchTree(rootPid) {
  let peak = 0;
  const sample = () => {
    const parent = new Map();
    const rss = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parent.set(Number(name), Number(fields[1]));
        rss.set(Number(name), Number(fields[21]) * 4096);
      } catch { /* gone */ }
    }
    const tree = new Set([rootPid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, ppid] of parent) if (tree.has(ppid) && !tree.has(pid)) { tree.add(pid); grew = true; }
    }
    let sum = 0;
    for (const pid of tree) sum += rss.get(pid) ?? 0;
    peak = Math.max(peak, sum);
  };
  const timer = setInterval(sample, 100);
  return { stop: () => { clearInterval(timer); return peak; } };
}

function buildIn(root, log) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tree = existsSync('/proc') ? watchTree(child.pid) : { stop: () => null };
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => {
      const peakTree = tree.stop();
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) {
        log(err.slice(-3000) || out.slice(-3000));
        fail(new Error(`build in ${root} failed (exit ${code})`));
        return;
      }
      done({ ...JSON.parse(line.slice('BENCH_RESULT '.length)), peakTreeRSSBytes: peakTree });
    });
  });
}

export async function runScale({ sizes = [0, 100, 400], repo = process.cwd(), log = console.log, keep = false } = {}) {
  const result = { date: new Date().toISOString(), node: process.version, rows: [] };
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), `crmpb-scale-${n}-`));
    try {
      cpSync(repo, root, { recursive: true, filter: (src) => !SKIP.has(resolve(src).slice(resolve(repo).length + 1).split('/')[0]) });
      symlinkSync(join(resolve(repo), 'node_modules'), join(root, 'node_modules'), 'dir');
      generateGuides(root, n);
      const guides = Object.fromEntries(LOCALES.map((l) => [l, readdirSync(join(root, 'content', 'guides', l)).filter((f) => /\.mdx?$/.test(f)).length]));
      log(`Scale: building with ${n} generated guides per locale (${guides.en ?? '?'} guides per locale in all) in ${root}…`);
      const load = loadavg()[0];
      const b = await buildIn(root, log);
      const pagefind = dirSize(join(root, 'dist', 'pagefind'));
      let pages = 0;
      const countHtml = (dir) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          if (e.isDirectory()) countHtml(join(dir, e.name));
          else if (e.name.endsWith('.html')) pages += 1;
        }
      };
      countHtml(join(root, 'dist'));
      const row = {
        generatedPerLocale: n, guidesPerLocale: guides, htmlPages: pages,
        buildSeconds: +b.seconds.toFixed(1), maxRSSMiB: +(b.maxRSSKiB / 1024).toFixed(0),
        peakTreeRSSMiB: b.peakTreeRSSBytes == null ? null : +(b.peakTreeRSSBytes / 1048576).toFixed(0),
        pagefindBytes: pagefind.total, pagefindFiles: pagefind.files, loadAverage: +load.toFixed(1),
      };
      result.rows.push(row);
      log(`  ${n}: ${row.buildSeconds} s, maxRSS ${row.maxRSSMiB} MiB (tree peak ${row.peakTreeRSSMiB} MiB), ` +
        `Pagefind ${(row.pagefindBytes / 1024).toFixed(0)} KB in ${row.pagefindFiles} files, ${pages} HTML pages`);
    } finally {
      if (!keep) rmSync(root, { recursive: true, force: true });
    }
  }
  log('\nScale (N generated guides per locale on top of the real content)');
  log(consoleTable(
    ['N', 'guides/locale', 'HTML pages', 'build s', 'maxRSS MiB', 'tree peak MiB', 'Pagefind KB', 'Pagefind files'],
    result.rows.map((r) => [r.generatedPerLocale, r.guidesPerLocale.en, r.htmlPages, r.buildSeconds, r.maxRSSMiB, r.peakTreeRSSMiB ?? '–',
      (r.pagefindBytes / 1024).toFixed(0), r.pagefindFiles]),
  ));
  return result;
}
