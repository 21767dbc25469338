import type { Locale } from './locales';

/**
 * The product's vocabulary: one name per thing and locale, for the UI, the tool dictionaries, the guides,
 * the glossary and the FAQ. `short` is the one other form allowed (the navigation's shorter label).
 * `variants` are renderings that have crept into the texts before; test/unit/content/terms.test.ts
 * (and tool-names.test.ts for the tools) fails when one reappears. A string variant matches
 * case-insensitively anywhere in a line; a RegExp is for variants that are ordinary words elsewhere.
 * Search aliases (`tools.<id>.aliases`) may hold other names on purpose: people type them.
 */
export interface Term {
  readonly name: string;
  readonly short?: string;
  readonly variants: readonly (string | RegExp)[];
}

export const TERM_IDS = [
  'tool.readiness', 'tool.duration', 'tool.selection', 'tool.kpi', 'tool.plan',
  'page.home', 'page.guides', 'page.tools', 'page.faq', 'page.glossary', 'page.search',
  'phase.planning', 'phase.deployment', 'phase.migration', 'phase.training', 'phase.rollout',
  'framework.strategy', 'framework.requirements', 'framework.team', 'framework.data', 'framework.adoption',
  'verdict.go', 'verdict.goWithCare', 'verdict.wait',
  'smart.specific', 'smart.measurable', 'smart.attainable', 'smart.relevant', 'smart.timeBound',
  'mvp', 'keyUser', 'goLive',
] as const;
export type TermId = (typeof TERM_IDS)[number];

const zhCn = {
  'tool.readiness': { name: '准备度自评', variants: ['准备度自测', '就绪度自评', '就绪度评估'] },
  'tool.duration': { name: '实施周期估算器', variants: ['工期估算工具', '周期估算工具', '实施周期估算工具'] },
  'tool.selection': { name: '选型矩阵', variants: ['选型对比工具', '选型决策矩阵', 'SaaS 与低代码选型矩阵'] },
  'tool.kpi': { name: 'KPI 设定助手', variants: ['KPI 构建工具', 'KPI 设定工具', 'KPI 制定工具'] },
  'tool.plan': {
    name: '我的 CRM 方案',
    short: '我的方案',
    variants: ['我的计划', '我的 CRM 计划', '我的CRM计划', '我的实施计划', '我的 CRM 实施方案', '我的CRM方案', '方案页'],
  },
  'page.home': { name: '首页', variants: [] },
  'page.guides': { name: '指南', variants: [] },
  'page.tools': { name: '工具', variants: [] },
  'page.faq': { name: '常见问题', variants: [] },
  'page.glossary': { name: '术语表', variants: [] },
  'page.search': { name: '搜索', variants: [] },
  'phase.planning': { name: '规划与选型', variants: [] },
  'phase.deployment': { name: '部署与配置', variants: [] },
  'phase.migration': { name: '数据迁移与集成', variants: ['数据迁移与整合'] },
  'phase.training': { name: '培训与试点', variants: [] },
  'phase.rollout': { name: '全面推广', variants: [] },
  'framework.strategy': { name: '战略与目标', variants: [] },
  'framework.requirements': { name: '需求与选型', variants: [] },
  'framework.team': { name: '团队与敏捷上线', variants: ['团队与敏捷实施'] },
  'framework.data': { name: '数据迁移与集成', variants: ['数据迁移与整合'] },
  'framework.adoption': { name: '培训推广与持续优化', variants: [] },
  'verdict.go': { name: '可以启动', variants: [] },
  'verdict.goWithCare': { name: '谨慎启动', variants: ['审慎启动'] },
  'verdict.wait': { name: '暂缓', variants: [] },
  'smart.specific': { name: '具体', variants: [] },
  'smart.measurable': { name: '可衡量', variants: [] },
  'smart.attainable': { name: '可达成', variants: ['可实现'] },
  'smart.relevant': { name: '相关', variants: [] },
  'smart.timeBound': { name: '有时限', variants: [] },
  mvp: { name: '最小可行产品', variants: ['最小可行版本', '最小可用版本', '最小可用产品', '最简可行产品', '最小化可行产品'] },
  keyUser: { name: '关键用户', variants: ['超级用户'] },
  goLive: { name: '上线', variants: ['正式投产'] },
} as const satisfies Record<TermId, Term>;

const en = {
  'tool.readiness': { name: 'Readiness self-assessment', variants: ['readiness check', 'readiness quiz'] },
  'tool.duration': { name: 'Duration estimator', variants: ['timeline calculator'] },
  'tool.selection': { name: 'Selection matrix', variants: ['saas vs low-code matrix'] },
  'tool.kpi': { name: 'KPI builder', variants: ['kpi tool'] },
  'tool.plan': {
    name: 'My CRM plan',
    short: 'My plan',
    variants: ['plan page', 'my implementation plan', 'my CRM implementation plan'],
  },
  'page.home': { name: 'Home', variants: [] },
  'page.guides': { name: 'Guides', variants: [] },
  'page.tools': { name: 'Tools', variants: [] },
  'page.faq': { name: 'FAQ', variants: [] },
  'page.glossary': { name: 'Glossary', variants: [] },
  'page.search': { name: 'Search', variants: [] },
  'phase.planning': { name: 'Planning and selection', variants: [] },
  'phase.deployment': { name: 'Deployment and configuration', variants: [] },
  'phase.migration': { name: 'Data migration and integration', variants: [] },
  'phase.training': { name: 'Training and pilot', variants: [] },
  'phase.rollout': { name: 'Company-wide rollout', variants: [] },
  'framework.strategy': { name: 'Strategy and goals', variants: [] },
  'framework.requirements': { name: 'Requirements and selection', variants: [] },
  'framework.team': { name: 'Team and agile rollout', variants: ['Team and MVP rollout'] },
  'framework.data': { name: 'Data migration and integration', variants: [] },
  'framework.adoption': {
    name: 'Training, adoption and continuous improvement',
    variants: [/Training, adoption and improvement/i],
  },
  'verdict.go': { name: 'Go', variants: [] },
  'verdict.goWithCare': { name: 'Go with care', variants: ['proceed with caution'] },
  'verdict.wait': { name: 'Wait', variants: [] },
  'smart.specific': { name: 'Specific', variants: [] },
  'smart.measurable': { name: 'Measurable', variants: [] },
  // "Achievable" is an ordinary word; only its place in the SMART list is a variant.
  'smart.attainable': { name: 'Attainable', variants: [/measurable,? (and )?achievable/i, /\bA(?:\)|:| =| for| is) achievable/] },
  'smart.relevant': { name: 'Relevant', variants: [/attainable,? (and )?realistic/i] },
  'smart.timeBound': { name: 'Time-bound', variants: [/relevant,? (and )?(timely|time-based)/i] },
  mvp: {
    name: 'minimum viable product',
    variants: ['minimal viable product', 'minimum viable version', 'minimum viable release', 'minimum usable product'],
  },
  keyUser: { name: 'key user', variants: ['super user', 'superuser', 'super-user', 'power user'] },
  goLive: { name: 'go-live', variants: [/\bgo live (date|day)\b/i] },
} as const satisfies Record<TermId, Term>;

export const TERMS = { 'zh-cn': zhCn, en } as const satisfies Record<Locale, Record<TermId, Term>>;

/** The name of a term in one locale. */
export function term(locale: Locale, id: TermId): string {
  return TERMS[locale][id].name;
}

/** Does a line of text contain one of the variants? Returns the first one found. */
export function findVariant(line: string, variants: readonly (string | RegExp)[]): string | null {
  const lower = line.toLowerCase();
  for (const v of variants) {
    if (typeof v === 'string' ? lower.includes(v.toLowerCase()) : v.test(line)) return String(v);
  }
  return null;
}
