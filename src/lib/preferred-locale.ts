import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales';

/** The first of the browser's languages that the site has; Chinese of any region reads the zh-cn pages. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-cn';
    if (lower.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
