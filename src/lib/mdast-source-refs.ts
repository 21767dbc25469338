// Mdast plugin for Astro's Markdown processor (Sätteri, the Astro 7 default; registered for Markdown and
// MDX by integrations/source-refs.ts): turns the content's citations into numbered references to the
// Sources page. Writers keep citing file names; the page shows numbers:
//   "… goals (source: `002_76d9076d0f9a95e4.txt`)."  ->  "… goals [3]."
//   "（来源：`000_…txt`、`001_…txt`）"               ->  "[1][2]"
//   "The article in `000_…txt` divides …"           ->  "The article in [1] divides …"
//   "003 建议 …" (a document code on its own)        ->  "[4] 建议 …"
// Each [n] is a link to /<locale>/sources/#source-n whose accessible name says what the document is.
// A citation of a file or code the site does not know throws, naming the content file and line, so
// the build fails.
import { SOURCE_FILE_NAME, fileRef } from './source-files';
import { collapseBrackets, isRef, refAttributes, splitCodes, type CitePart, type Ref } from './sources';
import { isLocale, type Locale } from '../i18n/locales';

/** The few mdast fields the plugin reads (the processor's own types live in a transitive package). */
export interface MdNode { type: string; value?: string; url?: string; children?: MdNode[]; data?: Record<string, unknown>; position?: { start: { line: number } } }
interface VisitorContext {
  readonly fileURL: URL | undefined;
  setProperty(node: MdNode, key: 'children', value: readonly MdNode[]): void;
}

const FILE_ONLY = new RegExp(`^\\s*${SOURCE_FILE_NAME.source}\\s*$`);
const FILE_ANYWHERE = new RegExp(SOURCE_FILE_NAME.source);

/** The locale of a content file from its folder: content/<collection>/<locale>/<file>. */
export function localeOfPath(path: string): Locale | undefined {
  const match = /\/content\/[^/]+\/([^/]+)\/[^/]+$/.exec(path.split('\\').join('/'));
  return isLocale(match?.[1]) ? match[1] : undefined;
}

/** The link node for one reference; `hProperties` become its HTML attributes. */
export function refNode(locale: Locale, ref: Ref): MdNode {
  const a = refAttributes(locale, ref);
  return {
    type: 'link',
    url: a.href,
    children: [{ type: 'text', value: `[${ref.n}]` }],
    data: { hProperties: { className: [a.class], ariaLabel: a['aria-label'], dataPagefindIgnore: '' } },
  };
}

/**
 * One parent's inline children with their citations replaced, or null when there is none. Pure, so
 * it is tested without the processor. `where` names the file for error messages.
 */
export function citeChildren(children: readonly MdNode[], locale: Locale | undefined, where: string): MdNode[] | null {
  let touched = false;
  const parts: CitePart<MdNode>[] = [];
  for (const child of children) {
    const at = `${where}:${child.position?.start.line ?? '?'}`;
    if (child.type === 'text' && child.value) {
      const split = splitCodes(child.value, at);
      if (split.some(isRef)) touched = true;
      parts.push(...split);
    } else if (child.type === 'inlineCode' && child.value && FILE_ONLY.test(child.value)) {
      parts.push(fileRef(child.value.trim(), at));
      touched = true;
    } else if (child.type === 'inlineCode' && child.value && FILE_ANYWHERE.test(child.value)) {
      throw new Error(`A source file name inside other code in ${at}: \`${child.value}\`; cite the file on its own`);
    } else {
      parts.push(child);
    }
  }
  if (!touched) return null;
  if (!locale) throw new Error(`Cannot tell the locale of ${where} (not under content/<collection>/<locale>/) to link its citations`);
  return collapseBrackets(parts).map((p) => (typeof p === 'string' ? { type: 'text', value: p } : isRef(p) ? refNode(locale, p) : p));
}

function visit(node: MdNode, ctx: VisitorContext) {
  const path = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '';
  const children = citeChildren(node.children ?? [], localeOfPath(path), path.replace(/^.*?(?=content\/)/, '') || 'Markdown');
  if (children) ctx.setProperty(node, 'children', children);
}

/**
 * The plugin: a visitor on every node that holds running text. Links and code are not visited, so
 * their text is left alone; a citation inside link text would be a writing mistake.
 */
export const sourceRefsPlugin = {
  name: 'source-refs',
  // Positions let an error name the line of a bad citation.
  options: { position: true },
  paragraph: visit,
  heading: visit,
  tableCell: visit,
  emphasis: visit,
  strong: visit,
  delete: visit,
};
