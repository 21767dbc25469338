import { describe, expect, it } from 'vitest';
import { localizePath, splitLocale, switchLocalePath, normalisePath, alternates, absoluteUrl } from '@/i18n/url';
import { preferredLocale } from '@/lib/preferred-locale';

describe('locale URL helpers', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/guides/preparation', 'zh-cn', '/zh-cn/guides/preparation/'],
    ['guides/', 'en', '/en/guides/'],
    ['/faq/#how-long', 'en', '/en/faq/#how-long'],
    ['/search/?q=KPI', 'zh-cn', '/zh-cn/search/?q=KPI'],
  ] as const)('localizePath(%s, %s) = %s', (path, locale, expected) => {
    expect(localizePath(path, locale)).toBe(expected);
  });

  it('splits the locale off a path and keeps fragments', () => {
    expect(splitLocale('/en/guides/x/')).toEqual({ locale: 'en', path: '/guides/x/' });
    expect(splitLocale('/zh-cn/')).toEqual({ locale: 'zh-cn', path: '/' });
    expect(splitLocale('/fr/x/')).toEqual({ locale: null, path: '/fr/x/' });
    expect(splitLocale('/en/faq/#a')).toEqual({ locale: 'en', path: '/faq/#a' });
  });

  it('switches to the same page in the other locale', () => {
    expect(switchLocalePath('/zh-cn/tools/kpi/', 'en')).toBe('/en/tools/kpi/');
    expect(switchLocalePath('/en/', 'zh-cn')).toBe('/zh-cn/');
  });

  it('normalises slashes', () => {
    expect(normalisePath('//a//')).toBe('/a/');
    expect(normalisePath('')).toBe('/');
  });

  it('gives absolute alternates for both locales', () => {
    expect(alternates('/faq/').map((a) => absoluteUrl(a.path, 'https://x.test'))).toEqual(['https://x.test/zh-cn/faq/', 'https://x.test/en/faq/']);
  });

  it.each([
    [['en-US', 'zh-CN'], 'en'],
    [['zh-TW'], 'zh-cn'],
    [['fr-FR', 'en-GB'], 'en'],
    [['de'], 'zh-cn'],
    [[], 'zh-cn'],
  ] as const)('a browser preferring %j is sent to %s', (langs, expected) => {
    expect(preferredLocale(langs)).toBe(expected);
  });
});
