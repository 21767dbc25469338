import { LOCALES } from '@/i18n/locales';

/** getStaticPaths for a page that exists once per locale. */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}
