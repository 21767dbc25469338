import queryUrl from '@/scripts/search-query.js?url';
import t2sUrl from '@/scripts/search-t2s.js?url';
import vocabZhUrl from '@/scripts/search-vocab.zh-cn.js?url';
import vocabEnUrl from '@/scripts/search-vocab.en.js?url';
import otherLanguageZhUrl from '@/scripts/search-other-language.zh-cn.js?url';
import otherLanguageEnUrl from '@/scripts/search-other-language.en.js?url';
import { useTranslations } from '@/i18n/t';
import { localizePath } from '@/i18n/url';
import { LOCALES, type Locale } from '@/i18n/locales';

const VOCAB: Record<Locale, string> = { 'zh-cn': vocabZhUrl, en: vocabEnUrl };
const OTHER_LANGUAGE: Record<Locale, string> = { 'zh-cn': otherLanguageZhUrl, en: otherLanguageEnUrl };

/**
 * The data attributes a search root carries (the header dialog and the search page): where the query
 * modules are, and every string search-ui.js shows, in this locale. One place, so the two roots agree.
 */
export function searchRootData(locale: Locale): Record<string, string> {
  const t = useTranslations(locale);
  const other = LOCALES.find((l) => l !== locale)!;
  return {
    'data-search-root': '',
    'data-query-module': queryUrl,
    'data-t2s-module': t2sUrl,
    'data-vocab-module': VOCAB[locale],
    'data-other-language-module': OTHER_LANGUAGE[locale],
    'data-other-vocab-module': VOCAB[other],
    'data-other-search': localizePath('/search/', other),
    'data-str-type-guide': t('search.type.guide'),
    'data-str-type-question': t('search.type.question'),
    'data-str-type-tool': t('search.type.tool'),
    'data-str-type-glossary': t('search.type.glossary'),
    'data-str-type-sources': t('search.type.sources'),
    'data-str-loading': t('search.loading'),
    'data-str-none': t('search.none'),
    'data-str-count': t('search.count'),
    'data-str-count-one': t('search.countOne'),
    'data-str-error': t('search.error'),
    'data-str-hint': t('search.hint'),
    'data-str-corrected': t('search.corrected'),
    'data-str-other-locale': t('search.otherLocale'),
  };
}
