// Page weight: builds the site (timed), then measures from the production build what each page type
// loads before interaction, what the first search fetches, and the Pagefind index size.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../../test/e2e/support/static-server.ts';
import { launchBrowser } from '../../test/e2e/support/browser.ts';
import { measurePage } from '../../test/e2e/support/page-weight.ts';
import { dirSize, kb, LOCALES, TOOLS, GUIDE_SLUG } from './util.mjs';

/** Builds dist/ with the Node that scripts/with-node.sh put first on PATH, under the shared build lock. */
export function buildDist(dist = 'dist') {
  const started = performance.now();
  const args = ['/tmp/crmpb-astro-build.lock', 'npx', 'astro', 'build', '--outDir', dist];
  const build = spawnSync('flock', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.error || build.status !== 0) {
    throw new Error(`astro build failed (${build.error?.message ?? `exit ${build.status}`})`);
  }
  return +((performance.now() - started) / 1000).toFixed(2);
}

export async function runWeight({ dist = 'dist', log = console.log } = {}) {
  const result = { date: new Date().toISOString() };
  log('Building the production site…');
  result.buildSeconds = buildDist(dist);
  result.pagefindIndex = dirSize(`${dist}/pagefind`);

  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const pageTypes = {
    home: '/{l}/', guide: `/{l}/guides/${GUIDE_SLUG}/`, faq: '/{l}/faq/', search: '/{l}/search/',
    'tools index': '/{l}/tools/', glossary: '/{l}/glossary/',
  };
  for (const tool of TOOLS) pageTypes[`tool: ${tool}`] = `/{l}/tools/${tool}/`;
  pageTypes.plan = '/{l}/plan/';

  result.pages = [];
  result.skipped = [];
  for (const [type, pattern] of Object.entries(pageTypes)) {
    for (const locale of LOCALES) {
      const path = pattern.replace('{l}', locale);
      const probe = await fetch(server.url + path);
      if (probe.status !== 200) {
        result.skipped.push({ type, locale, path, status: probe.status });
        continue;
      }
      const w = await measurePage(context, server.url + path);
      result.pages.push({ type, locale, path, html: w.html, css: w.css, js: w.js, inlineJs: w.inlineJs, total: w.total });
    }
  }

  // The first search: open the dialog on a guide page and type one query; count every byte it pulls in.
  result.firstSearch = {};
  for (const [locale, query] of [['zh-cn', '数据迁移'], ['en', 'data migration']]) {
    const page = await context.newPage();
    await page.goto(`${server.url}/${locale}/guides/${GUIDE_SLUG}/`, { waitUntil: 'networkidle' });
    const fetched = [];
    page.on('response', (r) => fetched.push(r.body().then((b) => ({ url: r.url(), raw: b.length, gzip: gzipSync(b).length }), () => null)));
    await page.keyboard.press('/');
    await page.fill('#search-dialog-input', query);
    await page.locator('#search-dialog .search-results a').first().waitFor({ timeout: 15000 });
    await page.waitForLoadState('networkidle');
    const items = (await Promise.all(fetched)).filter(Boolean);
    result.firstSearch[locale] = { query, requests: items.length, raw: items.reduce((n, i) => n + i.raw, 0), gzip: items.reduce((n, i) => n + i.gzip, 0) };
    await page.close();
  }
  await browser.close();
  await server.close();

  log(`\nBuild: ${result.buildSeconds} s   Pagefind index: ${kb(result.pagefindIndex.total)} KB in ${result.pagefindIndex.files} files\n`);
  log('Loaded before interaction (KB, raw / gzip)');
  log('page type        locale  HTML          CSS          JS           inline JS   total');
  for (const p of result.pages) {
    const f = (w) => `${kb(w.raw).padStart(5)} / ${kb(w.gzip).padStart(5)}`;
    log(`${p.type.padEnd(16)} ${p.locale.padEnd(6)}  ${f(p.html)}  ${f(p.css)}  ${f(p.js)}  ${kb(p.inlineJs.gzip).padStart(5)} gz  ${f(p.total)}`);
  }
  for (const s of result.skipped) log(`(skipped ${s.path}: HTTP ${s.status} in this build)`);
  for (const [locale, s] of Object.entries(result.firstSearch)) {
    log(`First search (${locale}, "${s.query}"): ${s.requests} requests, ${kb(s.raw)} KB raw / ${kb(s.gzip)} KB gzip`);
  }
  return result;
}
