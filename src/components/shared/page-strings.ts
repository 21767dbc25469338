/**
 * Site strings for parts that load on use (dialogs opened from any island): the page's own locale's
 * dictionary is imported then, so no page carries these strings before they are needed.
 */
import { fill } from '@/i18n/format';

export type PageText = (key: string, vars?: Record<string, string | number>) => string;

export async function pageStrings(): Promise<PageText> {
  const zh = document.documentElement.lang.toLowerCase().startsWith('zh');
  const dict: Record<string, string> = (zh ? await import('@/i18n/ui/zh-cn') : await import('@/i18n/ui/en')).default;
  return (key, vars) => fill(dict[key] ?? key, vars);
}
