// Writes src/scripts/search-vocab.<locale>.js: every word the site's content uses in that locale, with
// the number of pages it appears on. Search uses it to split Chinese queries into words, to weigh
// rare words above common ones, to correct misspelt English words and to tell whether the other
// locale would have an answer. Chinese is segmented with jieba (jieba-wasm, a devDependency used only
// here), the same family of segmenter Pagefind uses for its Chinese index.
// Run: scripts/with-node.sh node scripts/build-search-vocab.mjs   (the build runs it too, see astro.config.mjs)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { add_word, cut_for_search } from 'jieba-wasm';
import { SYNONYMS } from '../src/scripts/search-synonyms.js';

const root = new URL('..', import.meta.url).pathname;
const LOCALES = ['zh-cn', 'en'];

/** The pages of one locale as text: each guide, each FAQ entry, each glossary term, the tool headers. */
function pages(locale) {
  const texts = [];
  for (const dir of ['guides', 'faq']) {
    for (const f of readdirSync(join(root, 'content', dir, locale))) texts.push(readFileSync(join(root, 'content', dir, locale, f), 'utf8'));
  }
  for (const f of readdirSync(join(root, 'content/glossary', locale))) texts.push(readFileSync(join(root, 'content/glossary', locale, f), 'utf8'));
  const ui = readFileSync(join(root, 'src/i18n/ui', `${locale}.ts`), 'utf8');
  for (const tool of ['readiness', 'duration', 'selection', 'kpi', 'plan']) {
    texts.push([...ui.matchAll(new RegExp(`'tools\\.${tool}\\.[a-z]+': '([^']*)'`, 'g'))].map((m) => m[1]).join(' '));
  }
  // Source file names and link targets are not words a reader types.
  // Source file names, link targets and front-matter fields that hold ids (guide slugs, topics, tool ids,
  // dates) are not words a reader types.
  return texts.map((t) =>
    t
      .replace(/^(id|guide|topic|topics|sources|relatedTools|order|updated):.*$/gm, ' ')
      .replace(/\d{3}_[0-9a-f]{16}\.txt/g, ' ')
      .replace(/\]\([^)]*\)/g, '] '),
  );
}

/** The glossary's names for each term id, per locale: "KPI（关键绩效指标）" gives KPI and 关键绩效指标. */
function glossaryNames(locale) {
  const names = new Map();
  for (const f of readdirSync(join(root, 'content/glossary', locale))) {
    const term = /^term:\s*"?(.+?)"?\s*$/m.exec(readFileSync(join(root, 'content/glossary', locale, f), 'utf8'))?.[1] ?? '';
    names.set(f.replace(/\.md$/, ''), term.split(/[（()）]/).map((n) => n.trim()).filter(Boolean));
  }
  return names;
}

/**
 * Words a visitor may type in the other language, mapped to this locale's glossary term: 数据迁移 on
 * the English pages searches for "Data migration", "executive sponsor" on the Chinese pages for 项目发起人.
 */
function crossLanguageTerms(locale) {
  const mine = glossaryNames(locale);
  const other = glossaryNames(LOCALES.find((l) => l !== locale));
  const pairs = [];
  for (const [id, names] of mine) {
    // The whole name, abbreviation and expansion, so the page that defines it matches best.
    const primary = names.join(' ');
    for (const name of other.get(id) ?? []) {
      if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) pairs.push([name.toLowerCase(), primary]);
    }
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

// jieba's general dictionary lacks some of the site's own terms; the glossary's Chinese names and the
// products and platform kinds the content names are words here, so a query for them is a word, not stray characters.
for (const names of glossaryNames('zh-cn').values()) for (const n of names) if (/^\p{Script=Han}+$/u.test(n)) add_word(n);
for (const w of ['钉钉', '企业微信', '飞书', '无代码', '低代码']) add_word(w);

for (const locale of LOCALES) {
  const df = new Map();
  /** Chinese words jieba's dictionary knows, as opposed to those its statistical model guessed. */
  const dictionary = new Set();
  const all = pages(locale);
  for (const text of all) {
    const words = new Set();
    // Chinese through jieba (whole words and the shorter words inside them); Latin words and numbers
    // by pattern, so hyphenated terms such as "no-code" stay one word, as Pagefind also indexes them.
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      for (const token of cut_for_search(run, true)) if ([...token].length >= 2) words.add(token);
      for (const token of cut_for_search(run, false)) dictionary.add(token);
    }
    for (const token of text.toLowerCase().match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? []) words.add(token.replace(/'s$/, ''));
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  // A Chinese word of three or more characters found on one page only, whose every two-character
  // piece is itself a word, is left out: search splits it into those words and finds the same page,
  // and the file every first search downloads stays small.
  // A word the model guessed (一以, 一和二) and found on one page only is most often a fragment of
  // a sentence, not a word anyone types; search still finds that page through the words around it.
  for (const [w, n] of [...df]) if (n === 1 && /^\p{Script=Han}+$/u.test(w) && !dictionary.has(w)) df.delete(w);
  for (const [w, n] of [...df]) {
    const chars = [...w];
    if (n !== 1 || chars.length < 3 || !/^\p{Script=Han}+$/u.test(w)) continue;
    if (chars.slice(0, -1).every((c, i) => df.has(c + chars[i + 1]))) df.delete(w);
  }
  // Grouped by page count (index = pages - 1): shorter than one "word:count" pair per entry.
  const groups = [];
  for (const [w, n] of [...df].sort((a, b) => a[0].localeCompare(b[0]))) (groups[n - 1] ??= []).push(w);
  const out = `// Generated by scripts/build-search-vocab.mjs from the ${locale} content; do not edit by hand.\n` +
    `// WORDS[i] lists, space-separated, the words that appear on exactly i + 1 of the PAGES pages.\n` +
    `// SYNONYMS: this locale's curated list (src/scripts/search-synonyms.js).\n` +
    `export const PAGES = ${all.length};\nexport const WORDS = ${JSON.stringify(Array.from(groups, (g) => (g ?? []).join(' ')))};\n` +
    `export const SYNONYMS = ${JSON.stringify(SYNONYMS[locale])};\n`;
  writeFileSync(join(root, `src/scripts/search-vocab.${locale}.js`), out);
  // A file of its own, fetched only for a query in the other language's script (needsOtherLanguage):
  // most searches never use it, and every first search would otherwise download it.
  writeFileSync(join(root, `src/scripts/search-other-language.${locale}.js`),
    `// Generated by scripts/build-search-vocab.mjs from the glossary; do not edit by hand.\n` +
    `// The other locale's glossary names, longest first, with this locale's term for each.\n` +
    `export const OTHER_LANGUAGE = ${JSON.stringify(crossLanguageTerms(locale))};\n`);
  console.log(`search-vocab.${locale}.js: ${df.size} words from ${all.length} pages`);
}
