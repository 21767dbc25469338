import { SYNONYMS } from '../../../src/scripts/search-synonyms.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applySynonyms, bestSentence, correctWord, editDistance, foldTraditional, hasUnknownHan, headingHas, headingWords, makeVocab, matchRanges,
  needsOtherLanguage, phraseOverlap, rankCandidates, segmentChinese, understand, type Candidate,
} from '@/scripts/search-query.js';
import { T2S_FROM, T2S_TO } from '@/scripts/search-t2s.js';
import * as zhWords from '@/scripts/search-vocab.zh-cn.js';
import * as enWords from '@/scripts/search-vocab.en.js';
import { OTHER_LANGUAGE as ZH_OTHER } from '@/scripts/search-other-language.zh-cn.js';
import { OTHER_LANGUAGE as EN_OTHER } from '@/scripts/search-other-language.en.js';

// The vocabularies are generated from the site's content; these tests use them as search does.
const t2s = { from: T2S_FROM, to: T2S_TO };
const fold = (q: string) => foldTraditional(q, T2S_FROM, T2S_TO);
const zh = makeVocab(zhWords.PAGES, zhWords.WORDS, ZH_OTHER as [string, string][], zhWords.SYNONYMS as [string, string][]);
const en = makeVocab(enWords.PAGES, enWords.WORDS, EN_OTHER as [string, string][], enWords.SYNONYMS as [string, string][]);
const termsOf = (q: string, locale: 'zh-cn' | 'en') => understand(q, locale, t2s, locale === 'en' ? en : zh).terms;
const words = (q: string, locale: 'zh-cn' | 'en') => termsOf(q, locale).map((t) => t.text);

describe('foldTraditional', () => {
  it('folds Traditional characters the content uses', () => {
    expect(fold('數據遷移')).toBe('数据迁移');
    expect(fold('員工培訓')).toBe('员工培训');
  });
  it('replaces Taiwan/Hong Kong phrases with the mainland term', () => {
    expect(fold('資料遷移')).toBe('数据迁移');
    expect(fold('專案')).toBe('项目');
    expect(fold('導入CRM')).toBe('实施CRM');
    expect(fold('軟體選型')).toBe('软件选型');
  });
  it('does not turn 指標 into 指针', () => {
    expect(fold('指標')).toBe('指标');
  });
  it('leaves Simplified and Latin text alone', () => {
    expect(fold('著名的 KPI 数据迁移')).toBe('著名的 KPI 数据迁移');
  });
  it('maps one character to one character (the generated tables line up)', () => {
    expect([...T2S_FROM].length).toBe([...T2S_TO].length);
  });
});

describe('segmentChinese', () => {
  it('splits a question into the words the site uses, longest first', () => {
    expect(segmentChinese('年底适合上', zh).filter((p) => p.known).map((p) => p.text)).toEqual(['年底', '适合']);
    expect(segmentChinese('关键用户离职', zh).map((p) => p.text).join('')).toBe('关键用户离职');
  });
  it('keeps a run of characters the site never uses as one unknown span, so it cannot match loosely', () => {
    expect(segmentChinese('区块链', zh)).toEqual([{ text: '区块链', known: false }]);
  });
  it('drops the glue characters of a sentence instead of treating them as unknown words', () => {
    expect(segmentChinese('能帮', zh)).toEqual([]);
  });
  it('keeps every known part in order (property)', () => {
    const han = fc.string({ unit: fc.constantFrom(...'数据迁移客户关键用户的了吗实施周期区块链'), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(han, (run) => {
      const parts = segmentChinese(run, zh);
      let at = 0;
      for (const p of parts) {
        const found = run.indexOf(p.text, at);
        expect(found).toBeGreaterThanOrEqual(at);
        at = found + p.text.length;
        if (p.known) expect(zh.df.has(p.text)).toBe(true);
      }
    }));
  });
});

describe('understand', () => {
  it('drops question words and particles (zh-cn)', () => {
    // Whether something suits is the question, not its subject; 年底 is said as the pages say it.
    expect(words('年底适合上CRM吗', 'zh-cn')).toEqual(['年末', 'crm']);
    expect(words('怎么加快CRM上线速度', 'zh-cn')).toEqual(['加快', 'crm', '上线', '速度']);
  });
  it('drops English stop words', () => {
    expect(words('How long does a CRM implementation take?', 'en')).toEqual(['timeline', 'crm', 'implementation', 'take']);
  });
  it('folds Traditional input before anything else', () => {
    expect(words('資料遷移要多久？', 'zh-cn')).toEqual(['数据迁移', '周期']);
    // Taiwan's own terms, not only its characters: 雲端 is the content's 云端, 地端 its 本地部署, and
    // 資料導入 is importing data (導入 alone is implementing).
    expect(words('雲端還是地端', 'zh-cn')).toEqual(['云端', '本地部署']);
    expect(words('資料導入', 'zh-cn')).toEqual(['数据', '导入']);
    expect(words('個資法', 'zh-cn')).toEqual(['个人信息保护法']);
  });
  it('keeps something to search for when a question is all question words', () => {
    // 多少 is a question word and 钱 one character; "how" and "much" are stop words.
    expect(words('要多少錢', 'zh-cn')).toEqual(['费用']);
    expect(words('how much', 'en')).toEqual(['cost']);
    expect(words('how much time will our employees spend', 'en')).toEqual(['time', 'staff', 'spend']);
  });
  it('maps readers’ everyday words to the words the pages use', () => {
    expect(words('刚创业要不要上crm', 'zh-cn')).toEqual(['刚成立', 'crm']);
    expect(words('外包', 'zh-cn')).toEqual(['实施', '服务商']);
    expect(words('startup', 'en')).toEqual(['new', 'company']);
    expect(words('do we need a consultant', 'en')).toEqual(['implementation', 'partner']);
    // A Chinese word typed on the English pages.
    expect(words('实施周期', 'en')).toEqual(['timeline']);
  });
  it('reads a head count as the company size the pages write about, in the estimator’s bands', () => {
    expect(words('50人公司多久能上线', 'zh-cn')).toEqual(expect.arrayContaining(['小企业']));
    expect(words('300名员工', 'zh-cn')).toEqual(['中小企业']);
    expect(words('2,000人的集团', 'zh-cn')).toEqual(expect.arrayContaining(['大型', '企业']));
    expect(words('timeline for a 50-person company', 'en')).toEqual(expect.arrayContaining(['small', 'company']));
    expect(words('we have 1500 employees', 'en')).toEqual(expect.arrayContaining(['large', 'enterprise']));
    // In Chinese numerals too.
    expect(words('我们是一家六十人的贸易公司', 'zh-cn')).toContain('小企业');
    expect(words('两百多人', 'zh-cn')).toEqual(['中小企业']);
    expect(words('三千人的集团', 'zh-cn')).toEqual(expect.arrayContaining(['大型']));
    // A number that is not a head count stays a number.
    expect(words('上线后90天', 'zh-cn')).toContain('90');
  });
  it('finds the pages’ British spelling from an American one, without calling it a correction', () => {
    const u = understand('customization options', 'en', t2s, en);
    expect(u.terms.map((t) => t.text)).toContain('customisation');
    expect(u.corrected).toBeUndefined();
    expect(words('analyze the pipeline', 'en')).toContain('analyse');
  });
  it('reaches a synonym from Traditional input, though the content never writes the visitor’s word', () => {
    expect(words('農曆年前上線好嗎', 'zh-cn')).toEqual(['春节', '上线']);
    // Taiwan's 業務員 is a salesperson, not "business staff".
    expect(words('業務員不想用系統', 'zh-cn')).toContain('销售');
  });
  it('reads 无代码 as one word, not as 代码 with a negation', () => {
    expect(words('无代码 几周就能上线', 'zh-cn')).toContain('无代码');
  });
  it('corrects a misspelt English word to the site’s own word and says so', () => {
    const u = understand('implmentation time', 'en', t2s, en);
    expect(u.query).toBe('implementation time');
    expect(u.corrected).toBe('implementation time');
    expect(understand('data migration', 'en', t2s, en).corrected).toBeUndefined();
  });
  it('asks for the other language’s glossary names only for a query that may hold one', () => {
    expect(needsOtherLanguage('数据迁移要多久', 'zh-cn', zh)).toBe(false);
    expect(needsOtherLanguage('CRM 实施周期', 'zh-cn', zh)).toBe(false);
    expect(needsOtherLanguage('lead scoring', 'zh-cn', zh)).toBe(true);
    expect(needsOtherLanguage('pilot', 'zh-cn', zh)).toBe(true);
    expect(needsOtherLanguage('data migration', 'en', en)).toBe(false);
    expect(needsOtherLanguage('试点', 'en', en)).toBe(true);
  });
  it('maps the other language’s glossary names to this locale’s term', () => {
    expect(words('executive sponsor', 'zh-cn')).toContain('项目发起人');
    expect(words('数据迁移', 'en')).toEqual(['data', 'migration']);
  });
  it('marks words the site never uses as unknown, so "most of the words" can exclude loose matches', () => {
    const terms = termsOf('football scores', 'en');
    expect(terms.find((t) => t.text === 'football')?.known).toBe(false);
    expect(terms.find((t) => t.text === 'scores')?.known).toBe(true);
  });
  it('never throws and gives finite weights for any input (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('zh-cn' as const, 'en' as const), (raw, locale) => {
      for (const t of termsOf(raw, locale)) {
        expect(Number.isFinite(t.idf)).toBe(true);
        expect(t.idf).toBeGreaterThan(0);
        expect([0.5, 1]).toContain(t.weight);
      }
    }));
  });
});

describe('applySynonyms', () => {
  it.each([
    ['en', 'super user training', 'key user training'],
    ['en', 'performance metrics', 'KPI'],
    ['en', 'Lunar New Year', 'Spring Festival'],
    ['en', 'payback period', 'ROI period'],
    ['zh-cn', '业绩考核', 'KPI'],
    ['zh-cn', 'low-code 平台', '低代码 平台'],
  ] as const)('%s: %s -> %s', (locale, q, expected) => {
    expect(applySynonyms(q, SYNONYMS[locale])).toBe(expected);
  });
  it('matches whole English words only', () => {
    expect(applySynonyms('metricsx', SYNONYMS.en)).toBe('metricsx');
  });
});

describe('editDistance and correctWord', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('salesfroce', 'salesforce')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('is symmetric and zero only for equal words (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
      expect(editDistance(a, b) === 0).toBe(a === b);
    }));
  });
  it('corrects to a word the site uses, and leaves short or far-off words alone', () => {
    expect(correctWord('trainning', en)).toBe('training');
    expect(correctWord('salesfroce', en)).toBe('salesforce');
    expect(correctWord('abc', en)).toBeUndefined();
    expect(correctWord('blockchain', en)).toBeUndefined();
  });
});

describe('headingHas and phraseOverlap', () => {
  it('matches English words by stem, Chinese by substring', () => {
    expect(headingHas('Getting users to adopt the CRM', 'user')).toBe(true);
    expect(headingHas('Data migration and integration', 'migrate')).toBe(true);
    expect(headingHas('数据迁移与系统集成', '迁移')).toBe(true);
    expect(headingHas('Cost per lead', 'costume')).toBe(false);
    // A four-character word said in two parts still counts; one of its parts alone does not.
    expect(headingHas('数据迁移时，怎样保证客户数据的安全？', '数据安全')).toBe(true);
    expect(headingHas('数据迁移与系统集成', '数据安全')).toBe(false);
  });
  it('measures how much of what was typed, question words included, a heading repeats', () => {
    expect(phraseOverlap('CRM到底是什么', 'CRM 系统到底是什么？')).toBeGreaterThan(0.8);
    expect(phraseOverlap('CRM到底是什么', '怎样让销售团队真正用起 CRM？')).toBeLessThan(0.3);
    expect(phraseOverlap('', 'anything')).toBe(0);
  });
});

const candidate = (over: Partial<Candidate>): Candidate => ({
  id: over.url ?? 'x', url: '/en/faq/x/', strict: 0, perTerm: new Map(), title: '', headings: [], type: 'question', ...over,
});

describe('rankCandidates', () => {
  const terms = termsOf('key user leaves', 'en');
  const all = new Map(terms.map((t) => [t.text, 1]));
  it('puts the page whose title says what was asked above a long page that merely contains the words', () => {
    const ranked = rankCandidates([
      candidate({ url: '/en/guides/launch-framework/', type: 'guide', strict: 9, title: 'A five-phase framework', headings: ['Build the project team'] }),
      candidate({ url: '/en/faq/key-user-leaves/', strict: 4, title: 'What happens if a key user leaves in the middle of the project?' }),
    ], terms, 'key user leaves');
    expect(ranked[0].candidate.url).toBe('/en/faq/key-user-leaves/');
  });
  it('leaves out pages that match fewer than most of the words', () => {
    const two = termsOf('football scores', 'en');
    const ranked = rankCandidates([candidate({ perTerm: new Map([['scores', 5]]), title: 'Customer satisfaction scores' })], two, 'football scores');
    expect(ranked).toEqual([]);
  });
  it('keeps a page whose title names the heavier half of the query, though its text lacks the rest', () => {
    const q = termsOf('MVP features', 'en');
    const ranked = rankCandidates([
      candidate({ url: '/en/faq/what-should-the-mvp-include/', perTerm: new Map([['mvp', 9]]), title: 'What should the first release of our CRM (the MVP) include?' }),
      candidate({ url: '/en/faq/common-implementation-mistakes/', perTerm: new Map([['mvp', 2], ['features', 3]]), title: 'What are the most common CRM implementation mistakes?' }),
    ], q, 'MVP features');
    expect(ranked[0].candidate.url).toBe('/en/faq/what-should-the-mvp-include/');
  });
  it('ranks the list of sources below a page that answers, though the list names the same words', () => {
    const q = termsOf('要不要找实施顾问', 'zh-cn');
    const all = new Map(q.map((t) => [t.text, 5]));
    const ranked = rankCandidates([
      candidate({ url: '/zh-cn/sources/', type: 'sources', strict: 9, perTerm: all, title: '资料来源' }),
      candidate({ url: '/zh-cn/faq/hiring-an-implementation-partner/', strict: 4, perTerm: all, title: '要不要请实施服务商？' }),
    ], q, '要不要找实施顾问');
    expect(ranked[0].candidate.url).toBe('/zh-cn/faq/hiring-an-implementation-partner/');
  });
  it('opens a glossary result at the term that matched', () => {
    const g = termsOf('win rate', 'en');
    const [top] = rankCandidates([candidate({ url: '/en/glossary/', type: 'glossary', strict: 3, title: 'Glossary', headings: ['Churn rate', 'Win rate'] })], g, 'win rate');
    expect(top.sections[0]).toBe('Win rate');
  });
  // As search-ui calls it: the visitor's synonyms on headings, and the vocabulary's words in them.
  const rank = (q: string, locale: 'zh-cn' | 'en', input: Candidate[]) => {
    const vocab = locale === 'en' ? en : zh;
    const typed = understand(q, locale, t2s, vocab).folded;
    return rankCandidates(input, termsOf(q, locale), typed, (h) => applySynonyms(h, vocab.synonyms), (h) => headingWords(h, vocab));
  };
  it('puts the general answer above a special case whose title adds a topic of its own', () => {
    const q = '实施周期';
    const all = new Map(termsOf(q, 'zh-cn').map((t) => [t.text, 1]));
    const ranked = rank(q, 'zh-cn', [
      candidate({ url: '/zh-cn/faq/switching-vendor-timeline/', strict: 1, perTerm: all, title: '换一家 CRM 供应商，实施周期会变长吗？' }),
      candidate({ url: '/zh-cn/faq/how-long-does-crm-implementation-take/', strict: 1, perTerm: all, title: 'CRM 实施一般要多久？' }),
    ]);
    expect(ranked[0].candidate.url).toBe('/zh-cn/faq/how-long-does-crm-implementation-take/');
  });
  it('does not answer a question with its opposite: a "not" the visitor did not type counts against a title', () => {
    const q = 'when should we start';
    const all = new Map(termsOf(q, 'en').map((t) => [t.text, 1]));
    const ranked = rank(q, 'en', [
      candidate({ url: '/en/faq/when-not-to-start/', strict: 1, perTerm: all, title: 'When should we not start a CRM project?' }),
      candidate({ url: '/en/faq/best-time-to-start/', strict: 1, perTerm: all, title: 'When is a good time to start a CRM project?' }),
    ]);
    expect(ranked[0].candidate.url).toBe('/en/faq/best-time-to-start/');
    // "Not just" is no negation.
    const vendor = rank('evaluate a vendor', 'en', [candidate({ strict: 1, title: 'How do we evaluate a CRM vendor, not just the product?' })]);
    const plain = rank('evaluate a vendor', 'en', [candidate({ strict: 1, title: 'How do we evaluate a CRM vendor and the product?' })]);
    expect(vendor[0].score).toBeCloseTo(plain[0].score, 1);
  });
  it('answers a query that asks about the wrong time with the title that says "not", in either language', () => {
    for (const [q, locale, not, good] of [
      ['bad time to start a CRM project', 'en', 'When should we not start a CRM project?', 'When is a good time to start a CRM project?'],
      ['什么时候不适合上CRM', 'zh-cn', '什么情况下不该启动 CRM 项目？', '什么时候启动 CRM 项目最合适？'],
    ] as const) {
      const all = new Map(termsOf(q, locale).map((t) => [t.text, 1]));
      const ranked = rank(q, locale, [
        candidate({ url: '/good/', strict: 1, perTerm: all, title: good }),
        candidate({ url: '/not/', strict: 1, perTerm: all, title: not }),
      ]);
      expect(ranked[0].candidate.url, q).toBe('/not/');
    }
  });
  it('weighs English words in the order typed: "what is a CRM" is the definition, not a page that mentions "a CRM"', () => {
    expect(phraseOverlap('what is a CRM', 'What is a CRM system, in plain terms?')).toBeGreaterThan(phraseOverlap('what is a CRM', 'What does the executive sponsor of a CRM project actually do?'));
  });
  it('opens a guide at a section only for a word few pages use, never for "CRM" alone', () => {
    const q = 'CRM 多久上线';
    const [top] = rank(q, 'zh-cn', [candidate({ url: '/zh-cn/guides/implementation-timeline/', type: 'guide', strict: 2, title: 'CRM 实施时间线', headings: ['更换 CRM 供应商多留 1 到 3 个月', '上线前两周做什么'] })]);
    expect(top.sections).toEqual(['上线前两周做什么']);
    // Chinese that matches a heading by its characters still opens it: 数据迁移 in 迁移策略.
    const [migration] = rank('数据迁移', 'zh-cn', [candidate({ url: '/zh-cn/guides/data-migration/', type: 'guide', strict: 2, title: '数据迁移指南', headings: ['第三步：选择迁移策略'] })]);
    expect(migration.sections).toEqual(['第三步：选择迁移策略']);
  });
  it('returns a sorted subset of what it was given (property)', () => {
    const arb = fc.array(fc.record({
      strict: fc.double({ min: 0, max: 20, noNaN: true }),
      title: fc.constantFrom('Key user', 'What happens if a key user leaves?', 'Budget', ''),
      type: fc.constantFrom('question', 'guide', 'glossary', 'tool'),
    }), { maxLength: 8 });
    fc.assert(fc.property(arb, (rows) => {
      const input = rows.map((r, i) => candidate({ ...r, url: `/en/faq/p${i}/`, perTerm: all }));
      const ranked = rankCandidates(input, terms, 'key user leaves');
      expect(ranked.length).toBeLessThanOrEqual(input.length);
      for (let i = 1; i < ranked.length; i += 1) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
      for (const r of ranked) expect(Number.isFinite(r.score)).toBe(true);
    }));
  });
});

describe('bestSentence', () => {
  const terms = termsOf('data migration safe', 'en');
  it('picks the whole sentence with the most matching words, without citations', () => {
    const content = 'Keeping data safe. Plan the cut-over early (source: 001_1f6c1f5468942bef.txt). Encrypt data during migration so it stays safe in transit (same source). Train users.';
    const { text, marks } = bestSentence(content, terms, 'Keeping data safe.', 180);
    expect(text).toBe('Encrypt data during migration so it stays safe in transit.');
    expect(marks.map(([a, b]) => text.slice(a, b))).toEqual(['data', 'migration', 'safe']);
  });
  it('cuts a very long sentence around its first match', () => {
    const long = `${'word '.repeat(60)}data migration ${'tail '.repeat(60)}.`;
    const { text } = bestSentence(long, terms, '', 100);
    expect(text.length).toBeLessThanOrEqual(102);
    expect(text).toContain('data migration');
    expect(text.startsWith('…')).toBe(true);
  });
  it('marks never overlap and stay inside the text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (text) => {
      const ranges = matchRanges(text, terms);
      for (let i = 0; i < ranges.length; i += 1) {
        expect(ranges[i][0]).toBeLessThan(ranges[i][1]);
        expect(ranges[i][1]).toBeLessThanOrEqual(text.length);
        if (i) expect(ranges[i][0]).toBeGreaterThan(ranges[i - 1][1] - 1);
      }
    }));
  });
});

describe('hasUnknownHan', () => {
  it('says when a Chinese query may need the Traditional map, and not for plain Simplified', () => {
    expect(hasUnknownHan('數據遷移', zh)).toBe(true);
    expect(hasUnknownHan('数据迁移要多久', zh)).toBe(false);
    expect(hasUnknownHan('data migration', zh)).toBe(false);
  });
  it('still folds regional phrases without the map', () => {
    expect(foldTraditional('专案软体', '', '')).toBe('项目软件');
  });
});

describe('anchorSlug: the catalogue leaves out the heading ids it can derive', () => {
  it('matches the ids the build gives Chinese and English headings', async () => {
    const { anchorSlug } = await import('../../../src/scripts/search-query.js');
    expect(anchorSlug('大型制造企业：集成、数据、人三个问题同时出现')).toBe('大型制造企业集成数据人三个问题同时出现');
    expect(anchorSlug('Step 2: Set goals that can be measured')).toBe('step-2-set-goals-that-can-be-measured');
  });
});
