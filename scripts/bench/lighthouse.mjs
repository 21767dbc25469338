// Lighthouse on one page of each type, both locales, mobile and desktop presets, the median of N runs.
// Drives the system Chromium through chrome-launcher (no browser is downloaded). The production build is
// served by the browser tests' static server with the real headers (CSP included) on 127.0.0.1.
//
// Off-host check: Chromium is started with a proxy that is a trap on 127.0.0.1. Loopback addresses bypass
// a proxy by default, so the site is reached directly, and anything the browser (page, Lighthouse or
// Chromium's own services) tries to fetch from any other host lands in the trap, is refused and counted.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBenchDeps, importBenchDep } from './deps.mjs';
import { serveStatic } from '../../test/e2e/support/static-server.ts';
import { globalHeaders } from '../../test/e2e/support/headers-file.ts';
import { chromePath } from '../../test/e2e/support/browser.ts';
import { median, consoleTable, fmtMs, LOCALES, TOOLS, GUIDE_SLUG } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift', bytes: 'total-byte-weight',
};
export const GOALS = { mobileScore: 100, mobileLcpMs: 1000 };

export const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function lighthousePages() {
  const pages = [
    ['home', '/{l}/'], ['guide', `/{l}/guides/${GUIDE_SLUG}/`], ['faq', '/{l}/faq/'], ['search', '/{l}/search/'],
    ...TOOLS.map((t) => [`tool: ${t}`, `/{l}/tools/${t}/`]),
    ['plan', '/{l}/plan/'],
  ];
  return pages.flatMap(([type, pattern]) => LOCALES.map((locale) => ({ type, locale, path: pattern.replace('{l}', locale) })));
}

/** A proxy that refuses everything and remembers what was asked of it. */
async function startTrap() {
  const attempts = [];
  const server = createServer((req, res) => {
    attempts.push(req.url);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { port: server.address().port, attempts, close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }) };
}

// Loaded by runLighthouse from .bench/deps (installed there on first use).
let lighthouse;
let desktopConfig;
let chromeLauncher;

async function loadTools(log) {
  ensureBenchDeps(log);
  lighthouse = (await importBenchDep('lighthouse')).default;
  desktopConfig = (await importBenchDep('lighthouse/core/config/desktop-config.js')).default;
  chromeLauncher = await importBenchDep('chrome-launcher');
}

async function runOnce(url, preset, trap, chromeBin) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'crmpb-lh-profile-'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromeBin,
    chromeFlags: [...CHROME_FLAGS, `--proxy-server=http://127.0.0.1:${trap.port}`],
    userDataDir,
    logLevel: 'silent',
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    return result.lhr;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

function summarise(lhr, origin) {
  const run = { scores: {}, metrics: {}, failing: [], offHost: [], benchmarkIndex: lhr.environment?.benchmarkIndex ?? null };
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    run.scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
    for (const ref of cat?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score != null && audit.score < 1) run.failing.push(`${c}: ${ref.id} (${audit.displayValue ?? Math.round(audit.score * 100)})`);
    }
  }
  for (const [key, id] of Object.entries(METRICS)) run.metrics[key] = lhr.audits[id]?.numericValue ?? null;
  for (const item of lhr.audits['network-requests']?.details?.items ?? []) {
    const u = item.url ?? '';
    if (!u.startsWith(origin) && !/^(data|blob|chrome|chrome-extension|about):/.test(u)) run.offHost.push(u);
  }
  if (lhr.runtimeError) run.error = lhr.runtimeError.message ?? lhr.runtimeError.code;
  return run;
}

export async function runLighthouse({ dist = 'dist', runs = 3, presets = ['mobile', 'desktop'], log = console.log, rawDir = '.bench/lighthouse', filter = null } = {}) {
  await loadTools(log);
  const chromeBin = chromePath();
  const server = await serveStatic(dist, globalHeaders(dist));
  const trap = await startTrap();
  const result = { date: new Date().toISOString(), runs, chrome: chromeBin, flags: CHROME_FLAGS, goals: GOALS, rows: [], skipped: [] };
  mkdirSync(rawDir, { recursive: true });
  const pages = [];
  for (const p of lighthousePages().filter((x) => !filter || filter.test(x.path))) {
    const status = (await fetch(server.url + p.path)).status;
    if (status === 200) pages.push(p);
    else {
      result.skipped.push({ ...p, status });
      log(`Lighthouse: skipping ${p.path} (HTTP ${status} in this build)`);
    }
  }
  const total = pages.length * presets.length * runs;
  let done = 0;
  const started = performance.now();
  try {
    for (const p of pages) {
      for (const preset of presets) {
        const perRun = [];
        for (let i = 0; i < runs; i += 1) {
          const before = trap.attempts.length;
          // Lighthouse now and then loses the trace (NO_NAVSTART and the like): try that run again, twice at most.
          let lhr;
          let run;
          for (let attempt = 0; attempt < 3; attempt += 1) {
            lhr = await runOnce(server.url + p.path, preset, trap, chromeBin);
            run = summarise(lhr, server.url);
            if (!run.error) break;
            log(`  (retrying ${p.path} ${preset}: ${run.error})`);
          }
          run.trapped = trap.attempts.slice(before);
          perRun.push(run);
          if (i === runs - 1) {
            writeFileSync(join(rawDir, `${p.locale}-${p.type.replace(/\W+/g, '-')}-${preset}.json`), JSON.stringify(lhr));
          }
          done += 1;
          const eta = ((performance.now() - started) / done) * (total - done) / 1000;
          log(`[${String(done).padStart(3)}/${total}] ${p.path} ${preset} run ${i + 1}/${runs}: ` +
            `${CATEGORIES.map((c) => run.scores[c] ?? '–').join('/')}  LCP ${fmtMs(run.metrics.lcp)}` +
            `${run.error ? `  ERROR ${run.error}` : ''}  (about ${Math.ceil(eta / 60)} min left)`);
        }
        const row = { ...p, preset, scores: {}, metrics: {}, runs: perRun.length };
        for (const c of CATEGORIES) row.scores[c] = median(perRun.map((r) => r.scores[c]));
        for (const k of Object.keys(METRICS)) row.metrics[k] = median(perRun.map((r) => r.metrics[k]));
        row.failing = [...new Set(perRun.flatMap((r) => r.failing))];
        // offHost: requests of the page or of Lighthouse to another host (from Lighthouse's own network log).
        // browserTrapped: what Chromium's own services (clock sync, updater…) tried; refused by the trap.
        row.offHost = [...new Set(perRun.flatMap((r) => r.offHost))];
        row.browserTrapped = [...new Set(perRun.flatMap((r) => r.trapped.map((u) => u.replace(/\?.*$/, ''))))];
        row.benchmarkIndex = median(perRun.map((r) => r.benchmarkIndex));
        row.errors = perRun.map((r) => r.error).filter(Boolean);
        row.perRun = perRun.map((r) => ({ scores: r.scores, metrics: r.metrics }));
        result.rows.push(row);
      }
    }
  } finally {
    await trap.close();
    await server.close();
  }
  result.offHostRequests = [...new Set(result.rows.flatMap((r) => r.offHost))];
  result.browserTrapped = [...new Set(result.rows.flatMap((r) => r.browserTrapped))];
  result.benchmarkIndex = median(result.rows.map((r) => r.benchmarkIndex));
  result.seconds = Math.round((performance.now() - started) / 1000);

  log(`\nLighthouse ${runs === 1 ? '(1 run each)' : `(median of ${runs} runs)`}; scores perf/a11y/best-practices/SEO`);
  log(consoleTable(
    ['page', 'locale', 'preset', 'perf', 'a11y', 'bp', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'KB'],
    result.rows.map((r) => [r.type, r.locale, r.preset, ...CATEGORIES.map((c) => r.scores[c] ?? '–'),
      fmtMs(r.metrics.fcp), fmtMs(r.metrics.lcp), fmtMs(r.metrics.tbt), r.metrics.cls?.toFixed(3) ?? '–',
      r.metrics.bytes == null ? '–' : (r.metrics.bytes / 1024).toFixed(1)]),
    3,
  ));
  const missed = goalMisses(result);
  log(missed.length ? `\nMissed goals:\n${missed.map((m) => `  ${m}`).join('\n')}` : '\nAll Lighthouse goals met.');
  for (const r of result.rows.filter((x) => x.preset === 'mobile' && x.failing.length)) {
    log(`  ${r.path} mobile, audits under 100: ${r.failing.join('; ')}`);
  }
  log(result.offHostRequests.length
    ? `Page or Lighthouse requests off 127.0.0.1: ${result.offHostRequests.join(', ')}`
    : 'Page or Lighthouse requests off 127.0.0.1: none.');
  log(result.browserTrapped.length
    ? `Chromium's own background requests, refused by the trap proxy (nothing left the machine): ${result.browserTrapped.join(', ')}`
    : 'Chromium itself tried no other host either.');
  log(`Lighthouse CPU benchmark index of this machine (median): ${result.benchmarkIndex ?? '–'}`);
  return result;
}

export function goalMisses(result) {
  const out = [];
  for (const r of result.rows.filter((x) => x.preset === 'mobile')) {
    const low = CATEGORIES.filter((c) => r.scores[c] == null || r.scores[c] < GOALS.mobileScore);
    if (low.length) out.push(`${r.path} mobile: ${low.map((c) => `${c} ${r.scores[c] ?? '–'}`).join(', ')} (goal 100)`);
    if (r.metrics.lcp == null || r.metrics.lcp >= GOALS.mobileLcpMs) out.push(`${r.path} mobile: LCP ${fmtMs(r.metrics.lcp)} (goal < 1.0 s)`);
  }
  return out;
}
