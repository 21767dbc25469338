import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from './support/site';

/** Every built HTML file, as a URL path (`/en/faq/`) and its text. */
function pages(): { path: string; html: string }[] {
  const dir = distDir();
  const out: { path: string; html: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(dir, full).split('\\').join('/');
        out.push({ path: rel.replace(/index\.html$/, ''), html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return out;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));

describe('links in the built site', () => {
  const all = pages();
  const byPath = new Map(all.map((p) => [p.path, p]));

  it('has pages to check', () => expect(all.length).toBeGreaterThan(20));

  it('every internal link and fragment resolves', () => {
    const broken: string[] = [];
    for (const page of all) {
      for (const m of page.html.matchAll(/\shref="([^"]+)"/g)) {
        const href = decode(m[1]);
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        const url = new URL(href, 'http://site.test' + page.path);
        const [pathname, hash] = [decodeURIComponent(url.pathname), decodeURIComponent(url.hash.slice(1))];
        let target = byPath.get(pathname);
        if (!target && !pathname.endsWith('/')) {
          if (existsSync(join(distDir(), pathname))) continue; // a static file such as /favicon.svg
        }
        if (!target) {
          broken.push(`${page.path} -> ${href} (no such page)`);
          continue;
        }
        if (hash && !idsOf(target.html).has(hash)) broken.push(`${page.path} -> ${href} (no element #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every guide page has takeaways, a sources box and related tools', () => {
    const guides = all.filter((p) => /^\/(zh-cn|en)\/guides\/[^/]+\/$/.test(p.path));
    expect(guides.length).toBeGreaterThanOrEqual(22);
    for (const g of guides) {
      expect(g.html, g.path).toContain('class="takeaways"');
      expect(g.html, g.path).toMatch(/class="sources-box"[\s\S]*?href="\/(zh-cn|en)\/sources\/#source-\d"/);
      expect(g.html, g.path).toMatch(/class="related-tools"[\s\S]*?class="card"/);
    }
  });

  it.each(['zh-cn', 'en'])('every %s FAQ question has its own page whose FAQPage JSON-LD names that question', (locale) => {
    const index = byPath.get(`/${locale}/faq/`)!;
    const ids = [...index.html.matchAll(/<details[^>]*id="([^"]+)"[^>]*data-faq-question/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    for (const id of ids) {
      const page = byPath.get(`/${locale}/faq/${id}/`);
      expect(page, id).toBeDefined();
      const raw = page!.html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1];
      const faq = [JSON.parse(raw)].flat().find((d: { '@type': string }) => d['@type'] === 'FAQPage');
      const h1 = decode(page!.html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]).trim();
      expect(faq.mainEntity).toHaveLength(1);
      expect(faq.mainEntity[0].name).toBe(h1);
      expect(faq.mainEntity[0].acceptedAnswer.text.length).toBeGreaterThan(40);
    }
  });
});
