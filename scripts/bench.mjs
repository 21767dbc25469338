// npm run bench: a report, not a test. Builds the site (timed), then measures from the production build
// what each page type loads before interaction, what the first search fetches, and the index size.
// Writes the figures to the console and to .bench/report.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../test/e2e/support/static-server.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { measurePage } from '../test/e2e/support/page-weight.ts';

const kb = (n) => (n / 1024).toFixed(1);
const report = { date: new Date().toISOString(), node: process.version };

console.log('Building the production site…');
const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
report.buildSeconds = +((performance.now() - started) / 1000).toFixed(2);

function dirSize(dir) {
  let total = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    if (s.isDirectory()) {
      const sub = dirSize(full);
      total += sub.total;
      files += sub.files;
    } else {
      total += s.size;
      files += 1;
    }
  }
  return { total, files };
}
report.pagefindIndex = dirSize('dist/pagefind');

const server = await serveStatic('dist');
const browser = await launchBrowser();
const context = await browser.newContext();
const pageTypes = {
  home: '/{l}/', guide: '/{l}/guides/implementation-timeline/', faq: '/{l}/faq/', search: '/{l}/search/',
  'tools index': '/{l}/tools/', glossary: '/{l}/glossary/',
};
for (const tool of ['duration', 'kpi', 'selection', 'readiness']) pageTypes[`tool: ${tool}`] = `/{l}/tools/${tool}/`;
pageTypes.plan = '/{l}/plan/';

report.pages = [];
for (const [type, pattern] of Object.entries(pageTypes)) {
  for (const locale of ['zh-cn', 'en']) {
    const path = pattern.replace('{l}', locale);
    const probe = await fetch(server.url + path);
    if (probe.status !== 200) continue;
    const w = await measurePage(context, server.url + path);
    report.pages.push({ type, locale, path, html: w.html, css: w.css, js: w.js, inlineJs: w.inlineJs, total: w.total });
  }
}

// The first search: open the dialog on a guide page and type one query; count every byte it pulls in.
report.firstSearch = {};
for (const [locale, query] of [['zh-cn', '数据迁移'], ['en', 'data migration']]) {
  const page = await context.newPage();
  await page.goto(`${server.url}/${locale}/guides/implementation-timeline/`, { waitUntil: 'networkidle' });
  const fetched = [];
  page.on('response', (r) => fetched.push(r.body().then((b) => ({ url: r.url(), raw: b.length, gzip: gzipSync(b).length }), () => null)));
  await page.keyboard.press('/');
  await page.fill('#search-dialog-input', query);
  await page.locator('#search-dialog .search-results a').first().waitFor({ timeout: 15000 });
  await page.waitForLoadState('networkidle');
  const items = (await Promise.all(fetched)).filter(Boolean);
  report.firstSearch[locale] = { query, requests: items.length, raw: items.reduce((n, i) => n + i.raw, 0), gzip: items.reduce((n, i) => n + i.gzip, 0) };
  await page.close();
}
await browser.close();
await server.close();

console.log(`\nBuild: ${report.buildSeconds} s   Pagefind index: ${kb(report.pagefindIndex.total)} KB in ${report.pagefindIndex.files} files\n`);
console.log('Loaded before interaction (KB, raw / gzip)');
console.log('page type        locale  HTML          CSS          JS           inline JS   total');
for (const p of report.pages) {
  const f = (w) => `${kb(w.raw).padStart(5)} / ${kb(w.gzip).padStart(5)}`;
  console.log(`${p.type.padEnd(16)} ${p.locale.padEnd(6)}  ${f(p.html)}  ${f(p.css)}  ${f(p.js)}  ${kb(p.inlineJs.gzip).padStart(5)} gz  ${f(p.total)}`);
}
for (const [locale, s] of Object.entries(report.firstSearch)) {
  console.log(`First search (${locale}, "${s.query}"): ${s.requests} requests, ${kb(s.raw)} KB raw / ${kb(s.gzip)} KB gzip`);
}
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/report.json', JSON.stringify(report, null, 2));
console.log('\nFull figures: .bench/report.json');
