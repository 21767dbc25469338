// The plan as Markdown, for pasting into WeCom, DingTalk or a wiki. The words come in from the caller
// (already in the visitor's language); this file only lays them out: a title, a few lines under it,
// then one section per part with its sentences, table and list.
import { toMarkdownTable, type Align } from '@/models/kpi/markdown';

export interface MarkdownTable {
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  align?: readonly Align[];
}

export interface MarkdownSection {
  heading: string;
  paragraphs?: readonly string[];
  table?: MarkdownTable;
  list?: readonly string[];
}

export interface MarkdownDoc {
  title: string;
  lines?: readonly string[];
  sections: readonly MarkdownSection[];
}

/**
 * Text that Markdown would read as markup (emphasis, links, HTML, a heading or list marker at the start
 * of a line) is escaped, and line breaks become spaces, so a company name like "*A & B*" prints as typed.
 */
export function mdText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+\.)(\s)/, '$1\\$2$3')
    .trim();
}

export function planMarkdown(doc: MarkdownDoc): string {
  const out: string[] = [`# ${mdText(doc.title)}`, ''];
  for (const line of doc.lines ?? []) out.push(mdText(line), '');
  for (const s of doc.sections) {
    // A heading over nothing reads as if something went missing: a section without content is left out.
    if (!s.paragraphs?.length && !s.table && !s.list?.length) continue;
    out.push(`## ${mdText(s.heading)}`, '');
    for (const p of s.paragraphs ?? []) out.push(mdText(p), '');
    if (s.table) out.push(toMarkdownTable(s.table.header, s.table.rows, s.table.align).trimEnd(), '');
    if (s.list?.length) out.push(...s.list.map((item) => `- ${mdText(item)}`), '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
