import type { ToolId } from './tool-list';

/** One place for facts about the site that config, layouts, tests and the bench all read. */
export const SITE = {
  /** Absolute origin used for canonical and hreflang links; set SITE_URL when deploying elsewhere. */
  url: (typeof process !== 'undefined' && process.env?.SITE_URL) || 'https://crm-playbook.example.org',
  /** Prefix of every localStorage key the site writes, so "clear my data" can find them all. */
  storagePrefix: 'crmpb:',
} as const;

/**
 * What pages may load, in gzip bytes (test/e2e/budgets.test.ts). Apart from SITE, which ships to the
 * browser with every tool page: the budgets never need to.
 */
export const BUDGETS = {
  /** Gzip bytes of CSS any page may load before interaction. */
  cssGzip: 15 * 1024,
  /**
   * Gzip bytes of JavaScript a tool page or the plan may load before interaction, script files and
   * inline scripts together (0.8 KB of the latter: the island loader and the site's search opener).
   */
  toolJsGzip: 20 * 1024,
  /** Gzip bytes of everything a page loads before interaction. */
  totalGzip: 60 * 1024,
} as const;

/**
 * The five source documents in ../shared/seeds/, in the order the site numbers them: the first is
 * reference [1] everywhere (guides, FAQ, tools, the Sources page at /<locale>/sources/#source-1).
 * `id` is the document's three-digit code, which writers use in tool texts ("source 004");
 * `vendor` marks marketing material. Client code may import this: it holds no file names.
 */
export const SOURCES = [
  { id: '000', vendor: false },
  { id: '001', vendor: false },
  { id: '002', vendor: true },
  { id: '003', vendor: false },
  { id: '004', vendor: false },
] as const;
export type SourceId = (typeof SOURCES)[number]['id'];

/**
 * The documents' file names, as content front matter and in-text citations name them. Build-time data
 * only: the remark plugin turns them into numbered references, and the build fails if one reaches
 * dist/ (integrations/source-check.ts). A literal, so bundles that do not use it drop it.
 */
export const SOURCE_FILES = [
  '000_d50f515de8d68d88.txt',
  '001_1f6c1f5468942bef.txt',
  '002_76d9076d0f9a95e4.txt',
  '003_808cb5031f8bda0b.txt',
  '004_0112ec1d79df2bcd.txt',
] as const;
export type SourceFile = (typeof SOURCE_FILES)[number];

/** Guides listed under "Related reading" on each tool page, most relevant first (slugs; same in both locales). */
export const TOOL_RELATED_GUIDES = {
  readiness: ['when-not-to-start', 'preparation', 'why-projects-fail', 'case-studies', 'change-management', 'business-case'],
  duration: ['implementation-timeline', 'launch-framework', 'testing-and-go-live', 'when-not-to-start', 'budget-and-tco'],
  selection: ['choosing-software', 'evaluating-vendors', 'budget-and-tco', 'workplace-integration', 'personal-information-protection'],
  kpi: ['setting-kpis', 'measuring-adoption', 'business-case', 'department-pain-points'],
  plan: ['launch-framework', 'business-case', 'testing-and-go-live', 'change-management', 'measuring-adoption'],
} as const satisfies Record<ToolId, readonly string[]>;

export const GUIDE_TOPICS = [
  'timeline', 'preparation', 'framework', 'departments', 'kpi', 'selection',
  'data', 'people', 'risk', 'timing', 'cases', 'basics',
] as const;

export const FAQ_TOPICS = [
  'timeline', 'preparation', 'selection', 'kpi', 'data', 'people', 'risk', 'timing', 'budget', 'basics',
] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** The questions search offers before anything is typed: what most visitors come to ask. */
export const POPULAR_QUESTIONS = [
  'how-long-does-crm-implementation-take', 'how-much-does-crm-cost', 'saas-vs-low-code',
  'how-to-set-kpis', 'best-time-to-start', 'keeping-migrated-data-safe',
] as const;
