import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
export const distDir = () => inject('distDir');

/** Every page URL path listed in the built sitemap(s). */
export function sitemapPaths(): string[] {
  const dir = distDir();
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = new Set<string>();
  for (const file of files) {
    const xml = readFileSync(join(dir, file), 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.add(new URL(m[1]).pathname);
  }
  return [...paths].sort();
}
