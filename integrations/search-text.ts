/**
 * The HTML Pagefind indexes, derived from a built page: source citations ("（来源：<code>004_….txt</code>）",
 * "(same source)") and the "Go deeper:" / "延伸阅读：" and "Related guides:" / "相关指南：" lines of links that
 * close an FAQ answer or a guide are marked
 * data-pagefind-ignore. They are for readers of the page; indexed, they made every page match "来源" or
 * a guide's title, put file names into snippets and enlarged the index. The page served is unchanged.
 */
const CITATION = /[（(]\s*(?:sources?|same source|来源|同上|出处)[^()（）<]*(?:<code>[^<]*<\/code>[^()（）<]*)*[)）]/gi;
const LINK_LINE = /<p>(?=\s*(?:<strong>)?\s*(?:Go deeper|See also|Related guides|延伸阅读|另见|相关指南)\s*(?:<\/strong>)?\s*[:：])/gi;

export function htmlForSearch(html: string): string {
  return html
    .replace(CITATION, (citation) => `<span data-pagefind-ignore>${citation}</span>`)
    .replace(LINK_LINE, '<p data-pagefind-ignore>');
}
