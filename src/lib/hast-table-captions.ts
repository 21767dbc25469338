// Hast plugin for Astro's Markdown processor (registered for Markdown and MDX by
// integrations/focusable-tables.ts): every content table gets a <caption>, because checkers built on
// HTML_CodeSniffer (pa11y) treat a data table without one as an error, and a screen reader's table list
// names tables by their caption. Markdown has no syntax for captions, so the caption repeats the label a
// sighted reader already sees: the nearest heading above the table, else the entry's title (an FAQ answer
// has no heading of its own), else "Table". It is visually hidden (the heading is on screen already) and
// left out of the search index (the heading is indexed already).
import type { Element, ElementContent, Parents, Root } from 'hast';
import { localeOfPath } from './mdast-source-refs';
import type { Locale } from '../i18n/locales';

const FALLBACK: Record<Locale, string> = { 'zh-cn': '表格', en: 'Table' };
const HEADING = /^h[1-6]$/;
/** Numbered source references ("[3]") that the citation plugin put into a heading. */
const REFS = /\s*\[\d+\]/g;

/** The few context calls the plugin makes (the processor's own types live in a transitive package). */
export interface CaptionContext {
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
  parent(node: Readonly<Element | Parents>): Readonly<Parents> | undefined;
  indexOf(node: Readonly<Element | Parents>): number | undefined;
  textContent(node: Readonly<Element>): string;
  prependChild(node: Readonly<Element>, child: Element): void;
}

/** A caption's text from a heading's or title's text: citations dropped, white space collapsed. */
export function captionLabel(text: string | undefined): string | undefined {
  const label = text?.replace(REFS, '').replace(/\s+/g, ' ').trim();
  return label ? label : undefined;
}

function isElement(node: ElementContent | Root | undefined): node is Element {
  return node?.type === 'element';
}

/** The text of the closest heading before `node` in document order, climbing out of wrappers. */
function headingBefore(node: Readonly<Element>, ctx: CaptionContext): string | undefined {
  let current: Readonly<Element | Parents> = node;
  for (let parent = ctx.parent(current); parent; current = parent, parent = ctx.parent(parent)) {
    const siblings = parent.children as readonly (ElementContent | Root)[];
    // The processor hands out copies of nodes, so a node's place comes from the context, not indexOf.
    for (let i = (ctx.indexOf(current) ?? 0) - 1; i >= 0; i -= 1) {
      const sibling = siblings[i];
      if (isElement(sibling) && HEADING.test(sibling.tagName)) return captionLabel(ctx.textContent(sibling));
    }
    if (parent.type === 'root') break;
  }
  return undefined;
}

function titleOf(data: Record<string, unknown>): string | undefined {
  const frontmatter = (data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {};
  const title = frontmatter.title ?? frontmatter.question;
  return typeof title === 'string' ? captionLabel(title) : undefined;
}

/** The caption a content table gets, or null when it has one already. */
export function captionFor(table: Readonly<Element>, ctx: CaptionContext): Element | null {
  if (table.children.some((c) => isElement(c) && c.tagName === 'caption')) return null;
  const locale = localeOfPath(ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '') ?? 'en';
  const label = headingBefore(table, ctx) ?? titleOf(ctx.data) ?? FALLBACK[locale];
  return {
    type: 'element',
    tagName: 'caption',
    properties: { className: ['visually-hidden'], dataPagefindIgnore: '' },
    children: [{ type: 'text', value: label }],
  };
}

export const tableCaptionsPlugin = {
  name: 'table-captions',
  element: {
    filter: ['table'],
    visit(node: Readonly<Element>, ctx: CaptionContext) {
      const caption = captionFor(node, ctx);
      if (caption) ctx.prependChild(node, caption);
    },
  },
};
