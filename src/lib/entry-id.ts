import { isLocale, type Locale } from '@/i18n/locales';

/** Content ids are `<locale>/<slug>`; these split them. */
export function entryLocale(id: string): Locale | null {
  const first = id.split('/')[0];
  return isLocale(first) ? first : null;
}

export function entrySlug(id: string): string {
  return id.split('/').slice(1).join('/');
}

/** Estimated reading minutes: Chinese is read by characters, English by words. */
export function readingMinutes(text: string, locale: Locale): number {
  if (locale === 'zh-cn') {
    const chars = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
    const words = (text.replace(/[\u3400-\u9fff]/g, ' ').match(/[A-Za-z0-9]+/g) ?? []).length;
    return Math.max(1, Math.round(chars / 400 + words / 220));
  }
  return Math.max(1, Math.round((text.match(/\S+/g) ?? []).length / 220));
}
