import { LOCALES, isLocale, type Locale } from './locales';

/** Normalises a locale-less site path to `/a/b/` form (leading and trailing slash). */
export function normalisePath(path: string): string {
  const [pathname, suffix = ''] = splitSuffix(path);
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  const withSlashes = trimmed === '' ? '/' : `/${trimmed}/`;
  return withSlashes + suffix;
}

/** `/guides/x/` -> `/en/guides/x/`. Keeps `#fragment` and `?query`. */
export function localizePath(path: string, locale: Locale): string {
  const normal = normalisePath(path);
  return normal === '/' ? `/${locale}/` : `/${locale}${normal}`;
}

/** Splits `/en/guides/x/` into its locale and the locale-less path `/guides/x/`. */
export function splitLocale(pathname: string): { locale: Locale | null; path: string } {
  const [pathOnly, suffix = ''] = splitSuffix(pathname);
  const segments = pathOnly.split('/').filter(Boolean);
  const first = segments[0];
  if (isLocale(first)) return { locale: first, path: normalisePath('/' + segments.slice(1).join('/')) + suffix };
  return { locale: null, path: normalisePath(pathOnly) + suffix };
}

/** The same page in another locale: `/zh-cn/faq/` -> `/en/faq/`. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localizePath(splitLocale(pathname).path, target);
}

/** Absolute URL of a path on the deployed site, for canonical and hreflang links. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** Both locales' versions of a locale-less path, for hreflang alternates. */
export function alternates(path: string): { locale: Locale; path: string }[] {
  return LOCALES.map((locale) => ({ locale, path: localizePath(path, locale) }));
}

function splitSuffix(path: string): [string, string?] {
  const index = path.search(/[?#]/);
  return index === -1 ? [path] : [path.slice(0, index), path.slice(index)];
}
