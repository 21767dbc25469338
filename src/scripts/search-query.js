// @ts-check
// Query understanding for search: pure functions, no DOM, loaded only when search opens (and unit
// tested in test/unit/scripts/search-query.test.ts). Pagefind needs every word of a query on the same
// page, so the query is cleaned up before it reaches the index.

/**
 * Taiwan / Hong Kong words whose mainland term differs (not just the characters). Whole phrases are
 * replaced before character folding; OpenCC's full regional phrase list is deliberately not used,
 * because it turns 指標 (an indicator, what our content means) into 指针 (a pointer).
 * @type {[string, string][]}
 */
export const REGIONAL_PHRASES = [
  ['資料庫', '数据库'], ['資料', '数据'], ['专案', '项目'], ['專案', '项目'], ['導入', '实施'], ['軟體', '软件'],
  ['软体', '软件'], ['系統整合', '系统集成'], ['整合', '集成'], ['客製化', '定制'], ['客制化', '定制'],
  ['使用者', '用户'], ['網路', '网络'], ['預算', '预算'], ['品質', '质量'], ['訊息', '信息'], ['資訊', '信息'],
  ['教育訓練', '培训'], ['雲端', '云'], ['上線', '上线'], ['廠商', '厂商'], ['行動裝置', '移动端'],
];

/**
 * Folds Traditional Chinese input to Simplified: regional phrases first, then character by character
 * through the map generated from OpenCC at build time (scripts/build-t2s.mjs).
 * @param {string} query @param {string} from @param {string} to
 */
export function foldTraditional(query, from, to) {
  let text = query;
  for (const [trad, simp] of REGIONAL_PHRASES) text = text.split(trad).join(simp);
  const fromChars = [...from];
  const toChars = [...to];
  const map = new Map(fromChars.map((c, i) => [c, toChars[i]]));
  return [...text].map((c) => map.get(c) ?? c).join('');
}

/** Words that ask rather than say what about; dropped once the query is split into words. */
const ZH_STOP = new Set(['是不是', '有没有', '能不能', '可不可以', '怎么样', '为什么', '怎么办', '怎样', '怎么', '如何', '什么', '哪些', '多少',
  '需要', '应该', '可以', '能够', '我们', '你们', '我的', '一下', '的话', '请问', '到底', '大概', '一般', '还是', '时候', '是否']);
const EN_STOP = new Set(('a an the and or of to in on for with by at from is are was were be been do does did can could should would will ' +
  'shall may might must how what when where which who why whats it its this that these those we our us you your i my me ' +
  'there their they them much many long any some about into as if than then so not no yes get make have has ' +
  'now just really actually need want best good way ways through also still very well').split(' '));

/**
 * Other words for the same thing, per locale: the visitor's term on the left, the content's on the right.
 * @type {Record<'zh-cn' | 'en', [string, string][]>}
 */
export const SYNONYMS = {
  en: [
    ['super users', 'key users'], ['super user', 'key user'], ['power user', 'key user'], ['champion', 'key user'],
    ['performance metrics', 'KPI'], ['performance indicators', 'KPI'], ['metrics', 'KPI'],
    ['lunar new year', 'Spring Festival'], ['chinese new year', 'Spring Festival'],
    ['payback', 'ROI'], ['return on investment', 'ROI'],
    ['go live', 'go-live'], ['golive', 'go-live'], ['rollout', 'go-live'],
    ['onboarding', 'training'], ['migrate', 'migration'], ['import data', 'data migration'],
    ['no code', 'no-code'], ['low code', 'low-code'], ['on premise', 'on-premise'], ['on prem', 'on-premise'], ['self-hosted', 'on-premise'],
    ['requirements gathering', 'requirements'], ['quit', 'leaves'], ['quits', 'leaves'], ['resigns', 'leaves'], ['resigned', 'leaves'],
    ['低代码', 'low-code'], ['无代码', 'no-code'], ['speed up', 'faster'], ['quicker', 'faster'],
    ['more customers', 'new customers'], ['find customers', 'new customers'], ['get customers', 'new customers'],
    ['changing', 'switching'], ['change', 'switch'], ['replacing', 'switching'], ['replace', 'switch'],
    ['growing fast', 'rapid growth'], ['growing quickly', 'rapid growth'], ['fast-growing', 'rapid growth'],
    ['employees', 'staff'], ['employee', 'staff'], ['done', 'finished'], ['goes live', 'go-live'], ['went live', 'go-live'],
    ['how long', 'timeline'], ['how quickly', 'timeline'], ['how fast', 'timeline'], ['how soon', 'timeline'],
  ],
  'zh-cn': [
    ['业绩考核', 'KPI'], ['绩效考核', 'KPI'], ['考核指标', 'KPI'], ['绩效指标', 'KPI'], ['performance metrics', 'KPI'],
    ['low-code', '低代码'], ['low code', '低代码'], ['lowcode', '低代码'], ['no-code', '无代码'], ['no code', '无代码'],
    ['超级用户', '关键用户'], ['骨干用户', '关键用户'], ['农历新年', '春节'], ['过年', '春节'],
    ['回本', 'ROI'], ['投资回报', 'ROI'], ['客户关系管理', 'CRM'], ['data migration', '数据迁移'],
    ['多长时间', '周期'], ['多久', '周期'], ['工期', '周期'], ['资料迁移', '数据迁移'], ['资料库', '数据库'],
    ['大企业', '大型企业'], ['大公司', '大型企业'], ['小公司', '小企业'], ['中小公司', '中小企业'], ['辞职', '离职'], ['跳槽', '离职'],
    ['找到更多客户', '开发新客户'], ['更多客户', '新客户'], ['获客', '开发新客户'], ['预算不多', '预算有限'], ['钱不多', '预算有限'],
    ['厂商', '供应商'], ['换CRM', '更换CRM'], ['换系统', '更换系统'], ['受什么影响', '因素'], ['影响因素', '因素'],
  ],
};

/**
 * Replaces the visitor's words with the content's: the curated list for the locale, then (when given)
 * the glossary's names in the other language.
 * @param {string} query @param {'zh-cn' | 'en'} locale @param {[string, string][]} [otherLanguage]
 */
export function applySynonyms(query, locale, otherLanguage = []) {
  let text = query;
  for (const [from, to] of [...SYNONYMS[locale], ...otherLanguage]) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(/^[a-z]/i.test(from) ? `\\b${escaped}\\b` : escaped, 'gi'), to);
  }
  return text;
}


/**
 * The site's own words for one locale (generated by scripts/build-search-vocab.mjs): how many pages
 * use each word, so rare words weigh more and words the site never uses are recognised as such.
 * @typedef {{ pages: number, df: Map<string, number>, stemDf: Map<string, number>, chars: Set<string>, longest: number, otherLanguage: [string, string][] }} Vocab
 * @param {number} pages @param {string[]} groups  groups[i]: the words on exactly i + 1 pages
 * @param {[string, string][]} [otherLanguage]  the other locale's glossary names -> this locale's
 * @returns {Vocab}
 */
export function makeVocab(pages, groups, otherLanguage = []) {
  const df = new Map();
  let longest = 1;
  groups.forEach((list, i) => {
    for (const w of list.split(' ')) if (w) { df.set(w, i + 1); longest = Math.max(longest, [...w].length); }
  });
  // Pagefind matches English words by stem, so "implement" is as common as "implementation" is.
  const stemDf = new Map();
  for (const [w, n] of df) if (!HAN.test(w)) { const st = stem(w); stemDf.set(st, Math.max(stemDf.get(st) ?? 0, n)); }
  const chars = new Set();
  for (const w of df.keys()) if (HAN.test(w)) for (const ch of w) chars.add(ch);
  return { pages, df, stemDf, chars, longest, otherLanguage };
}

/**
 * Whether a query has a Chinese character the site's own words never use: then it may be Traditional
 * and worth folding (regional phrases such as 专案 are folded either way).
 * @param {string} query @param {Vocab} vocab
 */
export function hasUnknownHan(query, vocab) {
  return [...query].some((ch) => HAN.test(ch) && !vocab.chars.has(ch));
}

/**
 * One word of the understood query. `weight` says how much it counts when a page has to match most
 * of the words: a Chinese span the dictionary does not know may be a typo of a word we cannot correct
 * (that needs pinyin), so it counts half; any other unknown word counts fully against a page.
 * @typedef {{ text: string, known: boolean, idf: number, weight: number }} Term
 */

/** @param {Vocab} vocab @param {string} word */
function idfOf(vocab, word) {
  const df = HAN.test(word) ? vocab.df.get(word) : vocab.stemDf.get(stem(word)) ?? vocab.df.get(word);
  return Math.log(1 + vocab.pages / (df ?? 0.5));
}

const HAN = /\p{Script=Han}/u;
/** A Latin word or number, hyphens and apostrophes inside it included (Han characters are letters too). */
const LATIN_WORD = /[\p{Script=Latin}\p{N}]+(?:['’-][\p{Script=Latin}\p{N}]+)*/gu;

/** Characters that only glue a Chinese sentence together; an unknown span is split at them. */
const ZH_GLUE = new Set([...'的了吗呢吧啊呀么能要会想帮把被让给在和与对我你他她它很都还就也又才再是有该请']);

/**
 * Splits a run of Chinese characters into the site's words, longest match first. Single characters
 * the dictionary has no word for are dropped (they match everything); runs of two or more such
 * characters are kept as one unknown span.
 * @param {string} run @param {Vocab} vocab
 * @returns {{ text: string, known: boolean }[]}
 */
export function segmentChinese(run, vocab) {
  const chars = [...run];
  /** @type {{ text: string, known: boolean }[]} */
  const out = [];
  let unknown = '';
  const flush = () => {
    for (const piece of [...unknown].map((c) => (ZH_GLUE.has(c) ? ' ' : c)).join('').split(' ')) {
      if ([...piece].length >= 2) out.push({ text: piece, known: false });
    }
    unknown = '';
  };
  for (let i = 0; i < chars.length;) {
    let taken = 0;
    for (let len = Math.min(vocab.longest, chars.length - i); len >= 2; len -= 1) {
      if (vocab.df.has(chars.slice(i, i + len).join(''))) { taken = len; break; }
    }
    if (taken) {
      flush();
      out.push({ text: chars.slice(i, i + taken).join(''), known: true });
      i += taken;
    } else {
      unknown += chars[i];
      i += 1;
    }
  }
  flush();
  return out;
}

/**
 * Edit distance with adjacent transpositions (salesfroce -> salesforce is one edit).
 * @param {string} a @param {string} b
 */
export function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The site's word closest to a Latin word it does not know: one edit for words of four to seven
 * letters, two from eight; ties go to the word more pages use. Undefined when nothing is that close.
 * @param {string} word @param {Vocab} vocab
 */
export function correctWord(word, vocab) {
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (!allowed) return undefined;
  let best; let bestDistance = allowed + 1; let bestDf = 0;
  for (const [candidate, df] of vocab.df) {
    if (HAN.test(candidate) || Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance || (distance === bestDistance && df > bestDf)) { best = candidate; bestDistance = distance; bestDf = df; }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Plural and other simple endings, so "users" finds the word the site spells "user". @param {string} w @param {Vocab} vocab */
function knownForm(w, vocab) {
  for (const form of [w, w.replace(/'s$/, ''), w.replace(/s$/, ''), w.replace(/es$/, ''), `${w}s`]) if (vocab.df.has(form)) return form;
  return undefined;
}

/**
 * The whole pipeline for one locale: fold Traditional characters, apply synonyms, split into words,
 * drop the words that only ask, correct misspelt English words against the site's own vocabulary.
 * `query` is what goes to the index; `corrected` is set when a word was replaced, for "showing results for".
 * @param {string} raw @param {'zh-cn' | 'en'} locale @param {{ from: string, to: string }} t2s @param {Vocab} vocab
 * @returns {{ query: string, terms: Term[], corrected: string | undefined, folded: string }}
 */
export function understand(raw, locale, t2s, vocab) {
  let folded = raw.normalize('NFKC').trim();
  if (locale === 'zh-cn') folded = foldTraditional(folded, t2s.from, t2s.to);
  const text = applySynonyms(folded, locale, vocab.otherLanguage);
  /** @type {Term[]} */
  const terms = [];
  let changed = false;
  const add = (/** @type {string} */ t, /** @type {boolean} */ known, /** @type {number} */ weight) => {
    if (!terms.some((x) => x.text === t)) terms.push({ text: t, known, idf: known ? idfOf(vocab, t) : idfOf(vocab, ''), weight });
  };
  for (const token of text.match(/\p{Script=Han}+|[\p{Script=Latin}\p{N}]+(?:['’-][\p{Script=Latin}\p{N}]+)*/gu) ?? []) {
    if (HAN.test(token)) {
      for (const part of segmentChinese(token, vocab)) {
        if (ZH_STOP.has(part.text)) continue;
        add(part.text, part.known, part.known ? 1 : [...part.text].length === 2 ? 0.5 : 1);
      }
      continue;
    }
    const w = token.toLowerCase().replace(/’/g, "'");
    if (EN_STOP.has(w.replace(/'s$/, ''))) continue;
    if (/^\d+$/.test(w)) { add(w, vocab.df.has(w), 1); continue; }
    const form = knownForm(w, vocab);
    if (form) { add(form, true, 1); continue; }
    const fixed = correctWord(w, vocab);
    if (fixed) { changed = true; add(fixed, true, 1); continue; }
    add(w, false, 1);
  }
  const query = terms.map((t) => t.text).join(' ');
  return { query, terms, corrected: changed ? query : undefined, folded };
}

/**
 * A page the index found, with what ranking needs: Pagefind's score for the whole query (strict) or
 * for each word, and the page's title and headings from the build's catalogue.
 * @typedef {{ id: string, url: string, strict: number, perTerm: Map<string, number>, title: string, headings: string[], type: string }} Candidate
 */

/** @param {string} w */
function stem(w) {
  const s = w.toLowerCase().replace(/'s$/, '');
  for (const [suffix, keep] of [['ations', 'at'], ['ation', 'at'], ['ings', ''], ['ing', ''], ['ies', 'y'], ['ied', 'y'], ['es', ''], ['ed', ''], ['s', ''], ['ly', '']]) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 3) return (s.slice(0, -suffix.length) + keep).replace(/e$/, '');
  }
  return s.replace(/e$/, '');
}

/** Whether a heading contains a term: substring for Chinese, same word stem for English. @param {string} heading @param {string} term */
export function headingHas(heading, term) {
  const h = heading.toLowerCase();
  if (HAN.test(term)) return h.includes(term);
  const t = stem(term);
  return (h.match(LATIN_WORD) ?? []).some((word) => {
    const s = stem(word);
    // Same stem, or one a close extension of the other (implement / implementation), never a short
    // prefix (cost / costume).
    return s === t || (Math.min(s.length, t.length) >= 5 && Math.abs(s.length - t.length) <= 3 && (s.startsWith(t) || t.startsWith(s)));
  });
}

/** English words too common to say anything about a phrase, even a question's. */
const PHRASE_GLUE = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'is', 'are', 'we', 'our', 'us']);

/**
 * How much of what the visitor typed (every word, question words included) is in a heading: the
 * share of Chinese character pairs, or of English words, that the heading also has. This is what
 * makes "CRM到底是什么" land on the question "CRM 系统到底是什么？".
 * @param {string} typed @param {string} heading
 */
export function phraseOverlap(typed, heading) {
  const pieces = (/** @type {string} */ s) => {
    const out = new Set();
    for (const run of s.toLowerCase().match(/\p{Script=Han}+|[\p{Script=Latin}\p{N}]+/gu) ?? []) {
      if (HAN.test(run)) { const c = [...run]; if (c.length === 1) out.add(run); for (let i = 0; i + 1 < c.length; i += 1) out.add(c[i] + c[i + 1]); } else if (!PHRASE_GLUE.has(run)) out.add(stem(run));
    }
    return out;
  };
  const q = pieces(typed);
  if (!q.size) return 0;
  const h = pieces(heading);
  let shared = 0;
  for (const p of q) if (h.has(p)) shared += 1;
  return shared / q.size;
}

/**
 * How much each signal counts. A page that matches more of the query, and its rarer words, ranks
 * first; among those, one whose title says what the visitor asked. A question page is the site's
 * direct answer, so it leads a guide section that says the same; a section heading counts for less
 * than a page title because a guide has many of them.
 */
export const WEIGHTS = { coverage: 1.5, relevance: 0.5, titleTerms: 2, titlePhrase: 1.2, slug: 0.5, section: 0.7, question: 0.3 };

/**
 * Ranks the pages found. A page must match most of the query's words (by weight) unless Pagefind
 * matched the whole query; then pages score by the share of the query's weight they match (rare words
 * weigh more), Pagefind's own relevance, and how well their title or a heading says the same thing.
 * The page's address counts as a title too (its slug is a curated English summary). A page whose title
 * says more than half of what was typed is kept even if its text lacks some of the words: "CRM能帮我们
 *找到更多客户吗" belongs on "CRM 能帮我们开发新客户吗？".
 * @param {Candidate[]} candidates @param {Term[]} terms @param {string} typed
 * @param {(heading: string) => string} [normalize]  the visitor's synonyms applied to a heading
 * @returns {{ candidate: Candidate, score: number, heading: string, sections: string[] }[]}
 */
export function rankCandidates(candidates, terms, typed, normalize = (h) => h) {
  const w = WEIGHTS;
  const totalWeight = terms.reduce((n, t) => n + t.weight, 0);
  const totalIdf = terms.reduce((n, t) => n + t.idf, 0) || 1;
  const maxStrict = Math.max(0, ...candidates.map((c) => c.strict));
  /** @type {Map<string, number>} */
  const maxPerTerm = new Map();
  for (const c of candidates) for (const [t, v] of c.perTerm) maxPerTerm.set(t, Math.max(maxPerTerm.get(t) ?? 0, v));
  const termsIn = (/** @type {string} */ heading) => {
    const normal = normalize(heading);
    return terms.filter((t) => t.known && headingHas(normal, t.text)).reduce((n, t) => n + t.idf, 0) / totalIdf;
  };
  const headingValue = (/** @type {string} */ heading) => {
    const phrase = phraseOverlap(typed, heading);
    return { phrase, value: w.titleTerms * termsIn(heading) + w.titlePhrase * phrase };
  };
  const ranked = [];
  for (const c of candidates) {
    const matched = terms.filter((t) => c.strict > 0 ? t.known : c.perTerm.has(t.text));
    const weight = matched.reduce((n, t) => n + t.weight, 0);
    const slug = c.url.split('/').filter(Boolean).pop() ?? '';
    // A glossary page is only as good as the term that matches; its own title says nothing.
    /** @type {[string, number, boolean][]} heading, how much it counts, whether it is a section */
    const titles = c.type === 'glossary' ? [] : [[c.title, 1, false], [/[a-z]/.test(slug) ? slug.replace(/-/g, ' ') : '', w.slug, false]];
    for (const heading of c.headings) titles.push([heading, c.type === 'glossary' ? 1 : w.section, true]);
    let best = { heading: c.title, score: 0, phrase: 0 };
    /** @type {{ heading: string, value: number }[]} */
    const sections = [];
    for (const [heading, factor, isSection] of titles) {
      const { value, phrase } = headingValue(heading);
      best.phrase = Math.max(best.phrase, phrase);
      if (value * factor > best.score) best = { heading: isSection ? heading : c.title, score: value * factor, phrase: best.phrase };
      if (isSection && value > 0) sections.push({ heading, value });
    }
    sections.sort((a, b) => b.value - a.value);
    if (!(weight * 2 > totalWeight) && !(best.phrase > 0.5)) continue;
    // The glossary is one long page that holds nearly every word; what counts is how much of the query
    // the matching term's own name covers.
    const termShare = c.type === 'glossary' ? termsIn(sections[0]?.heading ?? '') : 1;
    const coverage = termShare * matched.reduce((n, t) => n + t.idf, 0) / totalIdf;
    const relevance = c.strict > 0 ? c.strict / (maxStrict || 1)
      : matched.reduce((n, t) => n + t.idf * ((c.perTerm.get(t.text) ?? 0) / (maxPerTerm.get(t.text) || 1)), 0) / totalIdf;
    const score = w.coverage * coverage + w.relevance * relevance + best.score + (c.type === 'question' ? w.question : 0);
    // The sections that match best, best first: a guide or glossary result opens at the first, even
    // when the page's own title is what ranked it.
    ranked.push({ candidate: c, score, heading: best.heading, sections: sections.slice(0, 3).map((x) => x.heading) });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/** Source file names and citation brackets are for readers of the page, not for a snippet. */
export const CITATION = /[（(]\s*(?:source|sources|same source|来源|同上|出处)[^)）]*[)）]|\b\d{3}_[0-9a-f]{8,}\.txt\b/gi;

/**
 * Where the query's words occur in a piece of text, as [start, end) ranges in UTF-16 offsets.
 * @param {string} text @param {Term[]} terms
 * @returns {[number, number][]}
 */
export function matchRanges(text, terms) {
  /** @type {[number, number][]} */
  const ranges = [];
  const lower = text.toLowerCase();
  for (const t of terms) {
    if (!t.known) continue;
    if (HAN.test(t.text)) {
      for (let at = lower.indexOf(t.text); at >= 0; at = lower.indexOf(t.text, at + t.text.length)) ranges.push([at, at + t.text.length]);
      continue;
    }
    for (const m of lower.matchAll(LATIN_WORD)) {
      if (headingHas(m[0], t.text)) ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  /** @type {[number, number][]} */
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * The sentence of a page that best shows why it matched: the one holding the most (and rarest) of the
 * query's words, whole, without citations; cut around the first match only when it is very long.
 * The page's own title (its first line) is skipped, since the result already shows it.
 * @param {string} content @param {Term[]} terms @param {string} title @param {number} maxLength
 * @returns {{ text: string, marks: [number, number][] }}
 */
export function bestSentence(content, terms, title, maxLength) {
  const clean = content.replace(CITATION, '').replace(/\s+([，。；：！？,.;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
  const sentences = clean.split(/(?<=[。！？；!?;])|(?<=[.])\s+/).map((x) => x.trim()).filter((x) => x && x !== title.trim());
  let best = sentences[0] ?? '';
  let bestScore = -Infinity;
  for (const sentence of sentences) {
    // The "read more" line of links and the cells of a table are not sentences a snippet should show.
    if (/^(go deeper|see also|read more|延伸阅读|另见|相关阅读)\s*[:：]/i.test(sentence)) continue;
    const here = terms.filter((t) => t.known && matchRanges(sentence, [t]).length);
    const length = [...sentence].length;
    const short = length < (HAN.test(sentence) ? 14 : 40);
    const score = here.reduce((n, t) => n + t.idf, 0) - (short ? 2 : 0);
    if (score > bestScore) { best = sentence; bestScore = score; }
  }
  let text = best;
  if ([...text].length > maxLength) {
    const first = matchRanges(text, terms)[0]?.[0] ?? 0;
    const start = Math.max(0, first - Math.floor(maxLength / 3));
    text = `${start > 0 ? '…' : ''}${text.slice(start, start + maxLength).trim()}…`;
  }
  return { text, marks: matchRanges(text, terms) };
}
