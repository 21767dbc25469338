/**
 * Site strings for parts that load on use (dialogs opened from any island): the page's own locale's
 * dictionary is imported then, so no page carries these strings before they are needed.
 */
import { fill } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';

export type PageText = (key: string, vars?: Record<string, string | number>) => string;

/** The locale the page is written in (its `<html lang>`). */
export function pageLocale(): Locale {
  return document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export async function pageStrings(): Promise<PageText> {
  const dict: Record<string, string> = (pageLocale() === 'zh-cn' ? await import('@/i18n/ui/zh-cn') : await import('@/i18n/ui/en')).default;
  return (key, vars) => fill(dict[key] ?? key, vars);
}
