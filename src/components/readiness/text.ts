// The readiness self-assessment's words: the shared tool text (src/i18n/tool-text.ts) plus joining lists.
import type { Locale } from '@/i18n/locales';
import { formatList } from '@/i18n/list';
import { toolText, type ToolText } from '@/i18n/tool-text';

export type Strings = Record<string, string>;

export interface Text extends ToolText {
  /** Joins a short list the way each language does ("a, b and c" / "a、b 和 c" without the and). */
  list: (items: string[]) => string;
}

export function makeText(locale: Locale, strings: Strings): Text {
  // Readiness figures are whole numbers.
  return { ...toolText(locale, strings, 0), list: (items) => formatList(locale, items) };
}

/** Names of the guides, by slug, with their localized URLs; passed in by the page from the content. */
export type GuideLinks = Record<string, { title: string; href: string }>;
