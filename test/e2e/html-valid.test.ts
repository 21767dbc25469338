import { describe, expect, it } from 'vitest';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { distDir } from './support/site';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

// Every built page is valid HTML by html-validate's recommended rules (style-only rules relaxed in
// .htmlvalidate.json, each for a stated reason there is none to hide: formatting, not validity).
describe('every built page is valid HTML', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(distDir());
  const text = formatterFactory('text');

  it.each(files.map((f) => relative(distDir(), f)))('%s', async (file) => {
    const report = await validator.validateString(readFileSync(join(distDir(), file), 'utf8'), file);
    expect(report.valid, text(report.results)).toBe(true);
  });
});
