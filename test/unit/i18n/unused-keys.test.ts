// A dictionary string that no code asks for is dead weight: it is translated, reviewed and shipped to the
// page, and it hides which sentences the visitor can really see. Every key in src/i18n must be named
// somewhere in src, literally ('share.heading') or by a template whose fixed parts match it
// (`option.${name}.${o}` uses option.saas.label). The plan reaches tool strings with a prefix
// (r. readiness, d. duration, s. selection, k. KPI builder; see src/components/plan/strings.ts). A hole in a
// template stands for one segment of a key (`import.error.${code}`), never several; a template can still vouch
// for a sibling it never produces (`export.${what}` for export.reset), so a key it covers is checked by hand.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/i18n/ui/en';
import zhCn from '@/i18n/ui/zh-cn';

const SRC = join(process.cwd(), 'src');
const toolDictionaries = import.meta.glob<{ strings: Record<string, Record<string, string>> }>('/src/i18n/tools/*.ts', { eager: true });
const PLAN_PREFIX: Record<string, string> = { readiness: 'r.', duration: 'd.', selection: 's.', kpi: 'k.' };

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

/** The dictionaries themselves: a key written there is a definition, not a use. */
const isDictionary = (file: string) => /^i18n\/(ui|tools)\//.test(relative(SRC, file).replaceAll('\\', '/'));

/** Every quoted string and every template literal (its fixed parts) in a file. */
function literals(source: string): { exact: Set<string>; templates: RegExp[] } {
  const exact = new Set<string>();
  const templates: RegExp[] = [];
  for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) exact.add(m[1] ?? m[2] ?? '');
  for (let i = source.indexOf('`'); i !== -1; i = source.indexOf('`', i + 1)) {
    // Read one template: fixed text and ${…} holes (which may hold braces and quotes of their own).
    const parts: string[] = [''];
    let j = i + 1;
    for (; j < source.length && source[j] !== '`'; j++) {
      if (source[j] === '\\') parts[parts.length - 1] += source[++j];
      else if (source[j] === '$' && source[j + 1] === '{') {
        let depth = 1;
        for (j += 2; j < source.length && depth > 0; j++) depth += source[j] === '{' ? 1 : source[j] === '}' ? -1 : 0;
        j--;
        parts.push('');
      } else parts[parts.length - 1] += source[j];
    }
    i = j;
    if (parts.length === 1) exact.add(parts[0]!);
    // A template that starts with a hole (`${prefix}.${key}`) matches anything: it proves no key is used.
    else if (/^[\w-]+\./.test(parts[0]!)) {
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      templates.push(new RegExp(`^${parts.map(escape).join('[\\w-]+')}$`));
    }
  }
  return { exact, templates };
}

const uses = files(SRC)
  .filter((f) => /\.(ts|tsx|astro|mjs|js)$/.test(f) && !isDictionary(f))
  .map((f) => literals(readFileSync(f, 'utf8')));
const exact = new Set(uses.flatMap((u) => [...u.exact]));
const templates = uses.flatMap((u) => u.templates);
// `<key>.one` is the singular the plan's `tn` picks when the count is 1.
const used = (key: string): boolean => exact.has(key) || templates.some((t) => t.test(key)) || (key.endsWith('.one') && used(key.slice(0, -4)));

function unused(dicts: Record<string, string>[], prefix = ''): string[] {
  const keys = new Set(dicts.flatMap((d) => Object.keys(d)));
  return [...keys].filter((k) => !used(k) && !(prefix && used(prefix + k))).sort();
}

describe('dictionary keys', () => {
  it('every key of the site dictionaries is used in src', () => expect(unused([en, zhCn])).toEqual([]));

  it.each(Object.entries(toolDictionaries))('every key of %s is used in src', (file, mod) => {
    const tool = file.replace(/^.*\/(\w+)\.ts$/, '$1');
    expect(unused(Object.values(mod.strings), PLAN_PREFIX[tool])).toEqual([]);
  });

  it('sees literal and template uses, and no use where there is none', () => {
    const { exact: e, templates: t } = literals("t('share.heading'); t(`option.${name}.${o}`); x(`${a}.${b}`); y(`plain`)");
    expect([...e]).toEqual(['share.heading', 'plain']);
    expect(t).toHaveLength(1);
    expect(t[0]!.test('option.saas.label')).toBe(true);
    expect(t[0]!.test('options.newName')).toBe(false);
  });
});
