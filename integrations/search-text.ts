/**
 * The HTML Pagefind indexes, derived from a built page: what is left of a source citation around a
 * numbered reference ("(same source)", "(example from [3])"; the [n] links themselves carry
 * data-pagefind-ignore, see src/lib/sources.ts) and the "Go deeper:" / "延伸阅读：" and "Related guides:" /
 * "相关指南：" lines of links that close an FAQ answer or a guide are marked data-pagefind-ignore. They are
 * for readers of the page; indexed, they made every page match "来源" or a guide's title and enlarged the
 * index. The page served is unchanged.
 */
const CITATION = /[（(]\s*(?:sources?|same source|来源|同上|出处)[^()（）<]*(?:<code>[^<]*<\/code>[^()（）<]*)*[)）]/gi;
const LINK_LINE = /<p>(?=\s*(?:<strong>)?\s*(?:Go deeper|See also|Related guides|延伸阅读|另见|相关指南)\s*(?:<\/strong>)?\s*[:：])/gi;

export function htmlForSearch(html: string): string {
  return html
    .replace(CITATION, (citation) => `<span data-pagefind-ignore>${citation}</span>`)
    .replace(LINK_LINE, '<p data-pagefind-ignore>');
}
