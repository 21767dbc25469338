// Wording for the shared-link bar, the toast, the scenarios panel and the comparison. Loaded with them.
import type { Locale } from '@/i18n/locales';
import { toolText, type ToolText } from '@/i18n/tool-text';
import { strings, type ScenarioStrings } from '@/i18n/tools/scenarios';
import type { ToolId } from '@/stores/adapters/types';

export interface ScnText extends ToolText<keyof ScenarioStrings & string> {
  s: ScenarioStrings;
}

export function scnText(locale: Locale): ScnText {
  const s = strings[locale] as ScenarioStrings;
  const base = toolText(locale, s);
  // Saved scenarios carry a time; the panel shows their day, in the short form.
  return { ...base, s, date: (iso) => base.date(iso, { dateStyle: 'medium' }) };
}

/** The page's locale, as the layout wrote it on <html>. */
export { pageLocale } from '../page-strings';

/** The dictionaries the comparison names things from: the tool's own (all four on the plan page). */
export async function toolDictionaries(tool: ToolId, locale: Locale): Promise<Record<string, string>> {
  // The plan's panel names things from all four tools: every dictionary, in the Tools index order.
  const load = {
    readiness: () => import('@/i18n/tools/readiness'),
    duration: () => import('@/i18n/tools/duration'),
    selection: () => import('@/i18n/tools/selection'),
    kpi: () => import('@/i18n/tools/kpi'),
  } as const;
  const ids = tool === 'plan' ? (Object.keys(load) as (keyof typeof load)[]) : [tool];
  const dicts = await Promise.all(ids.map((id) => load[id]().then((m) => m.strings[locale] as Record<string, string>)));
  return Object.assign({}, ...dicts);
}

/** A tool string without its source citation, for a table cell ("… (source 004)" -> "…"). */
export function plain(text: string | undefined, fallback: string): string {
  return (text ?? fallback).replace(/\s*[（(](?:source|sources|资料)[^)）]*[)）]/gi, '').replace(/\s*\[\d+\]/g, '').trim() || fallback;
}
