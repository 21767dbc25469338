// Wording for the shared-link bar, the toast, the scenarios panel and the comparison. Loaded with them.
import { fill, formatDate, formatNumber } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { strings, type ScenarioStrings } from '@/i18n/tools/scenarios';
import type { ToolId } from '@/stores/adapters/types';

export interface ScnText {
  locale: Locale;
  s: ScenarioStrings;
  t(key: keyof ScenarioStrings, vars?: Record<string, string | number>): string;
  date(iso: string): string;
  num(n: number, digits?: number): string;
}

export function scnText(locale: Locale): ScnText {
  const s = strings[locale] as ScenarioStrings;
  return {
    locale,
    s,
    t: (key, vars) => fill(s[key], vars),
    date: (iso) => formatDate(locale, iso.slice(0, 10), { dateStyle: 'medium' }),
    num: (n, digits = 1) => formatNumber(locale, n, { maximumFractionDigits: digits }),
  };
}

/** The page's locale, as the layout wrote it on <html>. */
export function pageLocale(): Locale {
  return document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** The dictionaries the comparison names things from: the tool's own (all four on the plan page). */
export async function toolDictionaries(tool: ToolId, locale: Locale): Promise<Record<string, string>> {
  const load = {
    duration: () => import('@/i18n/tools/duration'),
    kpi: () => import('@/i18n/tools/kpi'),
    selection: () => import('@/i18n/tools/selection'),
    readiness: () => import('@/i18n/tools/readiness'),
  } as const;
  const ids = tool === 'plan' ? (['readiness', 'duration', 'selection', 'kpi'] as const) : [tool];
  const dicts = await Promise.all(ids.map((id) => load[id]().then((m) => m.strings[locale] as Record<string, string>)));
  return Object.assign({}, ...dicts);
}

/** A tool string without its source citation, for a table cell ("… (source 004)" -> "…"). */
export function plain(text: string | undefined, fallback: string): string {
  return (text ?? fallback).replace(/\s*[（(](?:source|sources|资料)[^)）]*[)）]/gi, '').replace(/\s*\[\d+\]/g, '').trim() || fallback;
}
