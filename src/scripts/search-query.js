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

/** Question words and particles that say nothing about the topic. Longest first. */
const ZH_STOP = ['是不是', '有没有', '能不能', '可不可以', '怎么样', '为什么', '怎么办', '怎样', '怎么', '如何', '什么', '哪些', '多少',
  '需要', '应该', '可以', '能够', '我们', '你们', '我的', '一下', '的话', '吗', '呢', '吧', '啊', '么', '呀', '？', '?', '，', '。', '！', '的', '了', '能', '要', '该', '我', '请问'];
const EN_STOP = new Set(('a an the and or of to in on for with by at from is are was were be been do does did can could should would will ' +
  'shall may might must how what when where which who why whats it its this that these those we our us you your i my me ' +
  'there their they them much many long any some about into as if than then so not no yes get make have has').split(' '));

/**
 * Drops question particles and stop words, keeping the words that carry the topic.
 * @param {string} query @param {'zh-cn' | 'en'} locale
 */
export function stripStopWords(query, locale) {
  if (locale === 'zh-cn') {
    let text = query;
    for (const w of ZH_STOP) text = text.split(w).join(' ');
    const words = text.split(/\s+/).filter(Boolean).filter((w) => !EN_STOP.has(w.toLowerCase()));
    return words.length ? words.join(' ') : query.trim();
  }
  const words = query.toLowerCase().replace(/[?!.,;:"“”]/g, ' ').split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !EN_STOP.has(w.replace(/'s$/, '')));
  return kept.length ? kept.join(' ') : query.trim();
}

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
    ['客户关系管理', 'CRM'], ['customer relationship management', 'CRM'],
    ['go live', 'go-live'], ['golive', 'go-live'], ['rollout', 'go-live'],
    ['onboarding', 'training'], ['migrate', 'migration'], ['import data', 'data migration'],
  ],
  'zh-cn': [
    ['业绩考核', 'KPI'], ['绩效考核', 'KPI'], ['考核指标', 'KPI'], ['绩效指标', 'KPI'], ['performance metrics', 'KPI'],
    ['low-code', '低代码'], ['low code', '低代码'], ['lowcode', '低代码'], ['no-code', '无代码'], ['no code', '无代码'],
    ['超级用户', '关键用户'], ['骨干用户', '关键用户'], ['农历新年', '春节'], ['过年', '春节'],
    ['回本', 'ROI'], ['投资回报', 'ROI'], ['客户关系管理', 'CRM'], ['data migration', '数据迁移'],
    ['多长时间', '周期'], ['多久', '周期'], ['工期', '周期'],
  ],
};

/** @param {string} query @param {'zh-cn' | 'en'} locale */
export function applySynonyms(query, locale) {
  let text = query;
  for (const [from, to] of SYNONYMS[locale]) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(/^[a-z]/i.test(from) ? `\\b${escaped}\\b` : escaped, 'gi'), to);
  }
  return text;
}

/**
 * The queries to try, strictest first: the cleaned query, then (if it has three or more words) each
 * version with one word left out, so pages that match most of the words come after the strict ones.
 * @param {string} query
 */
export function relaxations(query) {
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  return words.map((_, i) => words.filter((__, j) => j !== i).join(' '));
}

/**
 * The whole pipeline for one locale.
 * @param {string} raw @param {'zh-cn' | 'en'} locale @param {{ from: string, to: string }} t2s
 */
export function understand(raw, locale, t2s) {
  let q = raw.normalize('NFKC').trim();
  if (locale === 'zh-cn') q = foldTraditional(q, t2s.from, t2s.to);
  q = applySynonyms(q, locale);
  q = stripStopWords(q, locale);
  return { query: q, relaxed: relaxations(q) };
}
