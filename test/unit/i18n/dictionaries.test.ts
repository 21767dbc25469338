import { describe, expect, it } from 'vitest';
import en from '@/i18n/ui/en';
import zhCn from '@/i18n/ui/zh-cn';
import { LOCALES } from '@/i18n/locales';

// Every tool's dictionary module exports `strings` keyed by locale; pick them all up automatically.
const toolDictionaries = import.meta.glob<{ strings: Record<string, Record<string, string>> }>('/src/i18n/tools/*.ts', { eager: true });

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

function expectParity(a: Record<string, string>, b: Record<string, string>) {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const key of Object.keys(a)) {
    // Separators (a space between sentences in English, nothing in Chinese) may be blank by design.
    if (/gap|separator/i.test(key)) continue;
    expect(a[key].trim(), `empty string for ${key}`).not.toBe('');
    expect(b[key].trim(), `empty string for ${key}`).not.toBe('');
    expect(placeholders(a[key]), `placeholders differ for ${key}`).toEqual(placeholders(b[key]));
  }
}

describe('site dictionaries', () => {
  it('have exactly the same keys, no empty string, the same placeholders', () => expectParity(en, zhCn));

  it('are really translated: Chinese strings contain Chinese', () => {
    const untranslated = Object.entries(zhCn).filter(([key, text]) => !/[\u3400-\u9fff]/.test(text) && key !== 'lang.switchTo' && !/^[A-Z]+$/.test(text));
    expect(untranslated).toEqual([]);
  });
});

describe.each(Object.entries(toolDictionaries))('tool dictionary %s', (_file, mod) => {
  it('has both locales with the same keys and placeholders', () => {
    expect(Object.keys(mod.strings).sort()).toEqual([...LOCALES].sort());
    expectParity(mod.strings.en, mod.strings['zh-cn']);
  });
});

describe('Chinese voice', () => {
  it('addresses the reader the same way everywhere (你, not 您)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = ['src/i18n/ui/zh-cn.ts', ...readdirSync('src/i18n/tools').map((f: string) => `src/i18n/tools/${f}`)];
    const formal = files.filter((f) => readFileSync(f, 'utf8').includes('您'));
    expect(formal).toEqual([]);
  });
});
