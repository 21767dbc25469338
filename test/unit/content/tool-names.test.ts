import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '@/i18n/t';
import { TERMS, TERM_IDS, findVariant } from '@/i18n/terms';
import { LOCALES, type Locale } from '@/i18n/locales';

// Each tool has one name per locale, in the UI, the guides, the FAQ and search. The other names
// people use belong only in a tool's search aliases (tools.<id>.aliases). Names and known variants live
// in the one vocabulary list, src/i18n/terms.ts.
const TOOL_TERMS = TERM_IDS.filter((id) => id.startsWith('tool.'));
const OTHER_NAMES = Object.fromEntries(
  LOCALES.map((l) => [l, TOOL_TERMS.flatMap((id): readonly (string | RegExp)[] => (TERMS[l] as Record<string, { variants: readonly (string | RegExp)[] }>)[id]!.variants)]),
) as unknown as Record<Locale, readonly (string | RegExp)[]>;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textFiles(join(dir, e.name)) : /\.(mdx?|ts|tsx|astro)$/.test(e.name) ? [join(dir, e.name)] : []);
}

describe.each(['zh-cn', 'en'] as const)('tool names (%s)', (locale) => {
  const files = [...textFiles(`content/guides/${locale}`), ...textFiles(`content/faq/${locale}`), ...textFiles(`content/glossary/${locale}`),
    `src/i18n/ui/${locale}.ts`, ...textFiles('src/i18n/tools')];

  it('no page or string calls a tool by another name', () => {
    const found: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const trimmed = line.trim();
        if (line.includes('.aliases') || (/\.tsx?$/.test(file) && /^(\/\/|\/\*|\*)/.test(trimmed))) return;
        const name = findVariant(line, OTHER_NAMES[locale]);
        if (name) found.push(`${file}:${i + 1}: ${name}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('every link to a tool in the content uses the tool’s name', () => {
    const t = useTranslations(locale);
    const wrong: string[] = [];
    for (const file of files.filter((f) => f.startsWith('content/'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\[([^\]]+)\]\(\/[a-z-]+\/tools\/(readiness|duration|kpi|selection)\/\)/g)) {
        const name = t(`tools.${m[2]}.name` as Parameters<typeof t>[0]);
        if (!m[1].toLowerCase().includes(name.toLowerCase())) wrong.push(`${file}: [${m[1]}] -> ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
