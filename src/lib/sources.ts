// Numbered references to the source documents, shared by the content plugin (remark-source-refs.ts),
// the guide source box, the Sources page and the tools' texts, so a document has one number everywhere.
// Client-safe: no file names here (see source-files.ts for those). Relative imports, because
// astro.config.mjs loads this through the remark plugin, outside Vite's `@` alias.
import { SOURCES, type SourceId } from '../site';
import { SOURCE_LABEL, SOURCE_WORDS } from '../i18n/sources';
import { fill } from '../i18n/format';
import { localizePath } from '../i18n/url';
import type { Locale } from '../i18n/locales';

/** One numbered reference: the document's code and the number readers see. */
export interface Ref { ref: SourceId; n: number }
/** Text cut into plain strings and references (and, for the content plugin, other nodes left as they are). */
export type CitePart<T = never> = string | Ref | T;

const NUMBER = new Map<string, number>(SOURCES.map((s, i) => [s.id, i + 1]));

export function isRef(part: unknown): part is Ref {
  return typeof part === 'object' && part !== null && 'ref' in part && 'n' in part;
}

/** The reference number of a document code ('000' -> 1); undefined for a code the site does not know. */
export function sourceNumber(id: string): number | undefined {
  return NUMBER.get(id);
}

/** The reference for a document code; throws, naming the code, for an unknown one. */
export function refFor(id: string, where = ''): Ref {
  const n = NUMBER.get(id);
  if (n === undefined) throw new Error(`Citation of an unknown source "${id}"${where ? ` in ${where}` : ''}; known: ${[...NUMBER.keys()].join(', ')}`);
  return { ref: id as SourceId, n };
}

export function isVendor(id: SourceId): boolean {
  return SOURCES.some((s) => s.id === id && s.vendor);
}

/** `/en/sources/#source-3`: where a reference points. */
const sourcesPage = new Map<Locale, string>();
export function refHref(locale: Locale, n: number): string {
  let page = sourcesPage.get(locale);
  if (!page) sourcesPage.set(locale, (page = localizePath('/sources/', locale)));
  return `${page}#source-${n}`;
}

/** The anchor id of a document on the Sources page. */
export const refAnchor = (n: number) => `source-${n}`;

/** The accessible name of a reference from a given label ("Source 3: …"), or "Source 3" without one. */
export function refName(locale: Locale, ref: Ref, label: string | undefined): string {
  return fill(label ? SOURCE_WORDS[locale].ref : SOURCE_WORDS[locale].short, { n: ref.n, label: label ?? '' });
}

/** "Source 3: a no-code platform vendor's marketing article", the accessible name of a reference. */
export function refLabel(locale: Locale, ref: Ref): string {
  return refName(locale, ref, SOURCE_LABEL[locale][ref.ref]);
}

// A document code written on its own ("003 建议", "(000, 001)", "source 004"): three digits starting
// 00, not part of a longer number ("10,000", "50 000", "2004", "1.001") or of a file name.
const BARE_CODE = /(?<![\p{N}.,_\-/:])(?<!\p{N}[ \u00a0\u202f])00\d(?![\p{N}_%]|[.,]\p{N})/gu;
// An opening that, when only references and separators follow up to the closing bracket, is dropped
// with its bracket: "(source: ", "(sources ", "（来源：", "（资料 ", or the bracket alone.
const OPEN = /[(（]\s*(?:(?:sources?|来源|资料|出处)\s*[:：]?\s*)?$/i;
const SEPARATOR = /^\s*(?:,|，|、|;|；|and|和|及)\s*$/i;
const CLOSE = /^\s*[)）]/;

/** Cuts a string at every bare document code: "（资料 004）" -> ["（资料 ", {ref:'004', n:5}, "）"]. */
export function splitCodes(text: string, where = ''): CitePart[] {
  const out: CitePart[] = [];
  let last = 0;
  for (const m of text.matchAll(BARE_CODE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(refFor(m[0], where));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * Drops the brackets and the "source:" words around a run of references, so "goals (source: 002)."
 * reads "goals [3]." and "（000、001）" reads "[1][2]". Brackets that also hold other words stay:
 * "(003, an electronics maker)" -> "([4], an electronics maker)". Adjacent strings are merged first.
 */
export function collapseBrackets<T>(parts: CitePart<T>[]): CitePart<T>[] {
  const merged: CitePart<T>[] = [];
  for (const p of parts) {
    if (typeof p === 'string' && typeof merged[merged.length - 1] === 'string') merged[merged.length - 1] += p;
    else if (p !== '') merged.push(p);
  }
  const out: CitePart<T>[] = [];
  for (let i = 0; i < merged.length; i++) {
    const part = merged[i];
    const open = typeof part === 'string' ? OPEN.exec(part) : null;
    if (open && isRef(merged[i + 1])) {
      const refs: Ref[] = [merged[i + 1] as Ref];
      let j = i + 2;
      while (typeof merged[j] === 'string' && SEPARATOR.test(merged[j] as string) && isRef(merged[j + 1])) {
        refs.push(merged[j + 1] as Ref);
        j += 2;
      }
      const after = merged[j];
      if (typeof after === 'string' && CLOSE.test(after)) {
        const before = (part as string).slice(0, open.index);
        if (before) out.push(before);
        out.push(...refs);
        const rest = after.replace(CLOSE, '');
        merged[j] = rest;
        i = j - 1;
        continue;
      }
    }
    if (part !== '') out.push(part);
  }
  return out.filter((p) => p !== '');
}

/** A tool text as strings and references, ready to render: "(source 004)" -> [5]. */
export function citeParts(text: string, where = ''): CitePart[] {
  return collapseBrackets(splitCodes(text, where));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The attributes every reference link carries, for Astro, Preact and the content plugin alike. */
export function refAttributes(locale: Locale, ref: Ref) {
  return { class: 'cite', href: refHref(locale, ref.n), 'aria-label': refLabel(locale, ref), 'data-pagefind-ignore': '' } as const;
}

/** One reference as HTML: `<a class="cite" href="/en/sources/#source-3" aria-label="Source 3: …">[3]</a>`. */
export function refHtml(locale: Locale, ref: Ref): string {
  const a = refAttributes(locale, ref);
  return `<a class="cite" href="${a.href}" aria-label="${escapeHtml(a['aria-label'])}" data-pagefind-ignore>[${ref.n}]</a>`;
}

/** A plain-text tool string as HTML with its references linked (for Astro's set:html); the text is escaped. */
export function citeHtml(text: string, locale: Locale): string {
  return citeParts(text).map((p) => (typeof p === 'string' ? escapeHtml(p) : refHtml(locale, p))).join('');
}

/** A tool text where a link cannot go (an <option>, an announcement, an export): "(source 004)" -> "[5]". */
export function citeText(text: string): string {
  return citeParts(text).map((p) => (typeof p === 'string' ? p : `[${p.n}]`)).join('');
}

/**
 * A tool's strings as an island receives them: every citation already reads "[5]" (citeText), so the
 * island ships no citation parser, only <Cited>, which links each "[n]". Run on the page, at build time.
 */
export function citeStrings<T extends Readonly<Record<string, string>>>(strings: T): T {
  return Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, citeText(text)])) as T;
}

/** "[5]" for a document code, as islands write a reference they compose themselves (004 -> "[5]"). */
export function refText(id: string): string {
  const n = sourceNumber(id);
  return n === undefined ? id : `[${n}]`;
}

/** A string with "[n]" references (see citeStrings) cut into text and reference numbers: "a [5]." -> ["a ", 5, "."]. */
export function splitRefs(text: string): (string | number)[] {
  return text.split(/\[(\d+)\]/).map((part, i) => (i % 2 ? Number(part) : part)).filter((part) => part !== '');
}

/**
 * Links the references in rendered HTML's text (never inside tags or attributes), for static
 * sections built from tool strings, such as a tool's "How this is calculated". Text in <code> or
 * <script> is left alone. Entities are kept: references are plain digits and brackets.
 */
export function citeRenderedHtml(html: string, locale: Locale): string {
  let skip = 0;
  return html.split(/(<[^>]*>)/).map((piece) => {
    if (piece.startsWith('<')) {
      if (/^<(code|script|style|template|option)\b/i.test(piece)) skip += 1;
      else if (/^<\/(code|script|style|template|option)>/i.test(piece)) skip = Math.max(0, skip - 1);
      return piece;
    }
    if (skip || !piece) return piece;
    return citeParts(piece).map((p) => (typeof p === 'string' ? p : refHtml(locale, p))).join('');
  }).join('');
}
