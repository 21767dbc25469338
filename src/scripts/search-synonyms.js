// @ts-check
// The curated synonym lists of search. Each locale's list is written into its generated vocabulary
// file (scripts/build-search-vocab.mjs), so a page downloads only its own language's list.

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
