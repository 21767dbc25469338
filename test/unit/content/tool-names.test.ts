import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '@/i18n/t';

// Each tool has one name per locale, in the UI, the guides, the FAQ and search. The other names
// people use belong only in a tool's search aliases (tools.<id>.aliases).
const OTHER_NAMES = {
  'zh-cn': ['准备度自测', '就绪度自评', '就绪度评估', '工期估算工具', '周期估算工具', '实施周期估算工具', 'KPI 构建工具', 'KPI 设定工具', 'KPI 制定工具', '选型对比工具', '选型决策矩阵', 'SaaS 与低代码选型矩阵'],
  en: ['readiness check', 'readiness quiz', 'saas vs low-code matrix', 'timeline calculator', 'kpi tool'],
} as const;

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
        if (line.includes('.aliases')) return;
        for (const name of OTHER_NAMES[locale]) if (line.toLowerCase().includes(name.toLowerCase())) found.push(`${file}:${i + 1}: ${name}`);
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
