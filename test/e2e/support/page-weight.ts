import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

export interface Weight { raw: number; gzip: number }
export interface PageWeight { html: Weight; css: Weight; js: Weight; other: Weight; total: Weight; inlineJs: Weight; files: { url: string; type: string; raw: number; gzip: number }[] }

const empty = (): Weight => ({ raw: 0, gzip: 0 });
const add = (w: Weight, raw: number, gzip: number) => { w.raw += raw; w.gzip += gzip; };

/**
 * What a page loads before any interaction: every response until the network is idle, by type,
 * raw and gzip-compressed (compressed here, so the figure does not depend on the test server).
 * Inline scripts are counted separately, since they arrive inside the HTML.
 */
export async function measurePage(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage();
  const bodies: Promise<{ url: string; type: string; body: Buffer } | null>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), type: response.request().resourceType(), body }),
        () => null,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    Array.from(document.querySelectorAll('script:not([src])'))
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  await page.close();
  const result: PageWeight = { html: empty(), css: empty(), js: empty(), other: empty(), total: empty(), inlineJs: empty(), files: [] };
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const raw = item.body.length;
    const gzip = gzipSync(item.body, { level: 9 }).length;
    const bucket = item.type === 'document' ? result.html : item.type === 'stylesheet' ? result.css : item.type === 'script' ? result.js : result.other;
    add(bucket, raw, gzip);
    add(result.total, raw, gzip);
    result.files.push({ url: item.url, type: item.type, raw, gzip });
  }
  if (inline) add(result.inlineJs, Buffer.byteLength(inline), gzipSync(inline, { level: 9 }).length);
  return result;
}
