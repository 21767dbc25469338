// Formatting for the plan's components: one flat dictionary (see strings.ts) and Intl for numbers and
// dates in the page's locale. Tool strings are reached by prefix: r. readiness, d. duration,
// s. selection, k. KPI builder.
import { fill, formatDate, formatNumber } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { formatList } from '@/i18n/list';
import { localizePath } from '@/i18n/url';
import { WEEKS_PER_MONTH } from '@/models/duration';
import type { ActionLink, ActionSource, ToolKey } from '@/models/plan';

export type Strings = Record<string, string>;

export const TOOL_PATH: Record<ToolKey, string> = {
  readiness: '/tools/readiness/',
  duration: '/tools/duration/',
  selection: '/tools/selection/',
  kpi: '/tools/kpi/',
};

export interface Text {
  locale: Locale;
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** Like t, but uses `<key>.one` when the count is exactly 1 (English needs it; Chinese repeats the sentence). */
  tn: (key: string, n: number, vars?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  num: (n: number, digits?: number) => string;
  money: (n: number) => string;
  months: (weeks: number) => string;
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  list: (items: string[]) => string;
  /** Site path of a tool, guide or FAQ entry in this locale. */
  href: (link: ActionLink) => string;
  /** "readiness self-assessment" etc., as the plan names the tools in running text. */
  source: (s: ActionSource | 'profile') => string;
  toolName: (tool: ToolKey) => string;
  /** Absolute address of a site path, for links printed as text. */
  abs: (path: string) => string;
}

export function makeText(locale: Locale, strings: Strings, origin: string): Text {
  const t = (key: string, vars?: Record<string, string | number>) => fill(strings[key] ?? key, vars);
  return {
    locale,
    // A missing key shows itself rather than an empty string, so a gap is visible in review.
    t,
    tn: (key, n, vars) => t(n === 1 && `${key}.one` in strings ? `${key}.one` : key, { n, ...vars }),
    has: (key) => key in strings,
    num: (n, digits = 1) => formatNumber(locale, n, { maximumFractionDigits: digits }),
    money: (n) => formatNumber(locale, n, { maximumFractionDigits: 0 }),
    months: (weeks) => formatNumber(locale, weeks / WEEKS_PER_MONTH, { maximumFractionDigits: 1 }),
    date: (iso) => formatDate(locale, iso),
    shortDate: (iso) => formatDate(locale, iso, { year: 'numeric', month: 'short', day: 'numeric' }),
    list: (items) => formatList(locale, items),
    href: (link) =>
      link.kind === 'guide'
        ? localizePath(`/guides/${link.slug}/`, locale)
        : link.kind === 'faq'
          ? localizePath(`/faq/${link.id}/`, locale)
          : localizePath(TOOL_PATH[link.tool], locale),
    source: (s) => t(`source.${s}`),
    toolName: (tool) => strings[`toolName.${tool}`] ?? t(`source.${tool}`),
    abs: (path) => `${origin.replace(/\/+$/, '')}${path}`,
  };
}
