/** The site's locales, declared once. The URL segment and the document language differ for Chinese. */
export const LOCALES = ['zh-cn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-cn';

/** Value for `<html lang>` and hreflang; Pagefind picks its Chinese segmenter from this. */
export const HTML_LANG = { 'zh-cn': 'zh-CN', en: 'en' } as const satisfies Record<Locale, string>;

/** Locale tags for Intl formatting. */
export const INTL_LOCALE = { 'zh-cn': 'zh-CN', en: 'en-GB' } as const satisfies Record<Locale, string>;

/** Each locale's name written in its own language, for the language switch. */
export const LOCALE_NAME = { 'zh-cn': '简体中文', en: 'English' } as const satisfies Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-cn' ? 'en' : 'zh-cn';
}
