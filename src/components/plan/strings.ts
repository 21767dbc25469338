// Builds, at build time, the one flat dictionary the plan island receives: the plan's own strings,
// plus the parts of the four tools' dictionaries it reports (prefixed r. d. s. k.), the site's tool
// names, and guide and FAQ titles for the links. Only the page's locale is sent to the browser.
import type { Locale } from '@/i18n/locales';
import { strings as planStrings } from '@/i18n/tools/plan';
import { strings as readinessStrings } from '@/i18n/tools/readiness';
import { strings as durationStrings } from '@/i18n/tools/duration';
import { strings as selectionStrings } from '@/i18n/tools/selection';
import { strings as kpiStrings } from '@/i18n/tools/kpi';
import { profileStrings } from '@/i18n/profile-strings';

export type IslandStrings = Record<string, string>;

/** Key prefixes each tool's report needs; everything else (forms, help texts, method) stays out. */
const PICK = {
  r: ['verdict.', 'dimension.', 'flag.', 'verdictReason.', 'action.', 'source.vendor'],
  d: ['phase.', 'warning.', 'option.companySize.', 'option.platform.', 'holiday.', 'chart.holidays'],
  s: ['criterion.', 'option.saas.label', 'option.lowcode.label', 'options.newName', 'preset.'],
  k: ['kpi.', 'unit.', 'value.', 'horizon.', 'attainable.', 'smart.', 'example.', 'cadence.'],
} as const;

const SKIP = /\.(basis|high|low|why|definition|formula|detail)$/;

function pick(prefix: string, dict: Record<string, string>, wanted: readonly string[]): IslandStrings {
  const out: IslandStrings = {};
  for (const [key, value] of Object.entries(dict)) {
    if (SKIP.test(key)) continue;
    if (wanted.some((w) => (w.endsWith('.') ? key.startsWith(w) : key === w))) out[`${prefix}.${key}`] = value;
  }
  return out;
}

export interface LinkTitles {
  guides: Record<string, string>;
  faqs: Record<string, string>;
  tools: Record<string, string>;
}

export function islandStrings(locale: Locale, links: LinkTitles): IslandStrings {
  return {
    ...planStrings[locale],
    ...pick('r', readinessStrings[locale], PICK.r),
    ...pick('d', durationStrings[locale], PICK.d),
    ...pick('s', selectionStrings[locale], PICK.s),
    ...pick('k', kpiStrings[locale], PICK.k),
    ...Object.fromEntries(Object.entries(links.guides).map(([slug, title]) => [`guide.${slug}`, title])),
    ...Object.fromEntries(Object.entries(links.faqs).map(([id, q]) => [`faq.${id}`, q])),
    ...Object.fromEntries(Object.entries(links.tools).map(([id, name]) => [`toolName.${id}`, name])),
    // The shared profile's words (current tools), as every tool shows them; prefixed to stay apart from the plan's own profile.* keys.
    ...Object.fromEntries(Object.entries(profileStrings(locale)).map(([key, value]) => [`site.${key}`, value])),
  };
}
