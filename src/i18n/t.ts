import en from './ui/en';
import zhCn from './ui/zh-cn';
import { fill } from './format';
import type { Locale } from './locales';

export type UiKey = keyof typeof en;
export const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCn, en };

/** Returns a translator bound to one locale: `t('nav.faq')`, `t('guide.updated', { date })`. */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: UiKey, vars?: Record<string, string | number>): string => fill(dict[key], vars);
}
