// Formatting for the plan's components: one flat dictionary (see strings.ts) and Intl for numbers and
// dates in the page's locale. Tool strings are reached by prefix: r. readiness, d. duration,
// s. selection, k. KPI builder.
import type { Locale } from '@/i18n/locales';
import { formatList } from '@/i18n/list';
import { toolText, type ToolText } from '@/i18n/tool-text';
import { localizePath } from '@/i18n/url';
import { WEEKS_PER_MONTH } from '@/models/duration';
import type { ActionLink, ActionSource, ToolKey } from '@/models/plan';
import { toolPath } from '@/tool-list';

export type Strings = Record<string, string>;

export interface Text extends ToolText {
  /** Like t, but uses `<key>.one` when the count is exactly 1 (English needs it; Chinese repeats the sentence). */
  tn: (key: string, n: number, vars?: Record<string, string | number>) => string;
  money: (n: number) => string;
  months: (weeks: number) => string;
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
  const base = toolText(locale, strings);
  const { t, num } = base;
  return {
    ...base,
    tn: (key, n, vars) => t(n === 1 && `${key}.one` in strings ? `${key}.one` : key, { n, ...vars }),
    money: (n) => num(n, 0),
    months: (weeks) => num(weeks / WEEKS_PER_MONTH),
    shortDate: (iso) => base.date(iso, { year: 'numeric', month: 'short', day: 'numeric' }),
    list: (items) => formatList(locale, items),
    href: (link) =>
      link.kind === 'guide'
        ? localizePath(`/guides/${link.slug}/`, locale)
        : link.kind === 'faq'
          ? localizePath(`/faq/${link.id}/`, locale)
          : localizePath(toolPath(link.tool), locale),
    source: (s) => t(`source.${s}`),
    toolName: (tool) => strings[`toolName.${tool}`] ?? t(`source.${tool}`),
    abs: (path) => `${origin.replace(/\/+$/, '')}${path}`,
  };
}
