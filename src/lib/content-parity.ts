import { LOCALES, type Locale } from '../i18n/locales';

export interface ParityGap {
  /** The entry's path relative to its collection folder, e.g. `en/preparation.mdx`. */
  file: string;
  /** The locale the entry is missing from. */
  missingIn: Locale;
}

/**
 * Given the files of one collection (paths like `zh-cn/x.md`), lists every entry that exists in one
 * locale only. Files outside a locale folder are ignored; the schema rejects them separately.
 */
export function findParityGaps(files: readonly string[]): ParityGap[] {
  const byLocale = new Map<Locale, Set<string>>(LOCALES.map((l) => [l, new Set<string>()]));
  for (const file of files) {
    const [locale, ...rest] = file.split('/');
    const set = byLocale.get(locale as Locale);
    if (set && rest.length) set.add(rest.join('/'));
  }
  const gaps: ParityGap[] = [];
  for (const locale of LOCALES) {
    for (const name of byLocale.get(locale)!) {
      for (const other of LOCALES) {
        if (other !== locale && !byLocale.get(other)!.has(name)) gaps.push({ file: `${locale}/${name}`, missingIn: other });
      }
    }
  }
  return gaps.sort((a, b) => a.file.localeCompare(b.file));
}

export function describeGaps(collection: string, gaps: readonly ParityGap[]): string {
  return gaps
    .map((g) => `content/${collection}/${g.file} has no ${g.missingIn} counterpart (expected content/${collection}/${g.file.replace(/^[^/]+/, g.missingIn)})`)
    .join('\n');
}
