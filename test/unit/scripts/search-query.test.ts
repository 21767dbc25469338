import { describe, expect, it } from 'vitest';
import { applySynonyms, foldTraditional, relaxations, stripStopWords, understand } from '@/scripts/search-query.js';
import { T2S_FROM, T2S_TO } from '@/scripts/search-t2s.js';

const t2s = { from: T2S_FROM, to: T2S_TO };
const fold = (q: string) => foldTraditional(q, T2S_FROM, T2S_TO);

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

describe('stripStopWords', () => {
  it('drops Chinese question particles', () => {
    expect(stripStopWords('年底适合上CRM吗', 'zh-cn')).toBe('年底适合上CRM');
    expect(stripStopWords('怎么加快CRM上线速度', 'zh-cn')).toBe('加快CRM上线速度');
    expect(stripStopWords('什么是KPI呢', 'zh-cn')).toBe('是KPI');
  });
  it('drops English stop words', () => {
    expect(stripStopWords('How long does a CRM implementation take?', 'en')).toBe('crm implementation take');
  });
  it('never empties a query', () => {
    expect(stripStopWords('what', 'en')).toBe('what');
    expect(stripStopWords('吗', 'zh-cn')).toBe('吗');
  });
});

describe('applySynonyms', () => {
  it.each([
    ['en', 'super user training', 'key user training'],
    ['en', 'performance metrics', 'KPI'],
    ['en', 'Lunar New Year', 'Spring Festival'],
    ['en', 'payback period', 'ROI period'],
    ['en', '客户关系管理', 'CRM'],
    ['zh-cn', '业绩考核', 'KPI'],
    ['zh-cn', 'low-code 平台', '低代码 平台'],
  ] as const)('%s: %s -> %s', (locale, q, expected) => {
    expect(applySynonyms(q, locale)).toBe(expected);
  });
  it('matches whole English words only', () => {
    expect(applySynonyms('metricsx', 'en')).toBe('metricsx');
  });
});

describe('relaxations', () => {
  it('leaves one word out at a time', () => {
    expect(relaxations('a b c')).toEqual(['b c', 'a c', 'a b']);
    expect(relaxations('single')).toEqual([]);
  });
});

describe('understand', () => {
  it('runs folding, synonyms and stop words together', () => {
    expect(understand('資料遷移要多久？', 'zh-cn', t2s).query).toBe('数据迁移 周期');
    expect(understand('What are good performance metrics?', 'en', t2s).query).toBe('good kpi');
  });
});
