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
    // "How much" asks about money unless it says about what; the question words themselves are dropped.
    ['how much time', 'time'], ['how much effort', 'effort'], ['how much', 'cost'], ['price', 'cost'], ['pricing', 'cost'],
    ['start-ups', 'new company'], ['start-up', 'new company'], ['startups', 'new company'], ['startup', 'new company'],
    ['smes', 'small business'], ['sme', 'small business'], ['smbs', 'small business'], ['smb', 'small business'],
    ['management buy-in', 'executive sponsor'], ['buy-in', 'sponsor'], ['vendor lock-in', 'contract leaving'], ['lock-in', 'contract leaving'],
    ['clean-up', 'cleaning'], ['cleanup', 'cleaning'], ['clean up', 'clean'], ['overseas', 'abroad'],
    ['consultants', 'implementation partner'], ['consultant', 'implementation partner'], ['integrator', 'implementation partner'],
    ['outsourcing', 'implementation partner'], ['outsource', 'implementation partner'],
    ['limited budget', 'tight budget'], ['small budget', 'tight budget'], ['low budget', 'tight budget'], ['year end', 'year-end'],
    ['first release', 'MVP'], ['first version', 'MVP'], ['first phase', 'MVP'], ['minimum viable', 'MVP'],
    ['exit clauses', 'contract leaving'], ['exit clause', 'contract leaving'], ['exit terms', 'contract leaving'], ['termination', 'leaving'],
    ['convince', 'business case'], ['persuade', 'business case'], ['justify', 'business case'],
    ['before launch', 'before go-live'], ['after launch', 'after go-live'], ['test before', 'testing before'],
    ['pick a vendor', 'evaluate a vendor'], ['choose a vendor', 'evaluate a vendor'], ['select a vendor', 'evaluate a vendor'], ['choosing a vendor', 'evaluating a vendor'],
    ['pick a', 'choose a'], ['picking a', 'choosing a'], ['train users', 'train staff'], ['training users', 'training staff'],
    ['get staff to use', 'get them on board'], ['getting staff to use', 'get them on board'], ['get people to use', 'get them on board'],
    ['private deployment', 'on-premise'], ['private cloud', 'on-premise'], ['hidden costs', 'costs'], ['hidden cost', 'cost'],
    ['exporting', 'abroad'], ['exporters', 'abroad'], ['export', 'abroad'], ['international', 'abroad'], ['cross-border', 'abroad'], ['boss', 'executive sponsor'], ['ceo', 'executive sponsor'],
    // Refusing is what the adoption answer calls "won't use"; a bad or wrong time is the answer about when not to start.
    ['refuse to', "won't"], ['refuses to', "won't"], ['reluctant to', "won't"], ['unwilling to', "won't"],
    ['bad time', 'bad timing'], ['wrong time', 'bad timing'], ['worst time', 'bad timing'],
    ['implementation time', 'implementation timeline'], ['time to implement', 'implementation timeline'],
    ['when should we start', 'good time to start'], ['when to start', 'good time to start'], ['best time', 'good time'], ['right time', 'good time'],
    // Chinese a reader of the English pages may type; the glossary's names are carried over as well.
    ['实施周期', 'timeline'], ['周期', 'timeline'], ['多久', 'timeline'], ['多少钱', 'cost'], ['费用', 'cost'], ['上线', 'go-live'],
    ['选型', 'selection'], ['培训', 'training'], ['春节', 'Spring Festival'], ['供应商', 'vendor'],
  ],
  'zh-cn': [
    ['业绩考核', 'KPI'], ['绩效考核', 'KPI'], ['考核指标', 'KPI'], ['绩效指标', 'KPI'], ['performance metrics', 'KPI'],
    ['low-code', '低代码'], ['low code', '低代码'], ['lowcode', '低代码'], ['no-code', '无代码'], ['no code', '无代码'],
    ['超级用户', '关键用户'], ['骨干用户', '关键用户'], ['农历新年', '春节'], ['农历年', '春节'], ['过年', '春节'],
    ['回本', 'ROI'], ['投资回报', 'ROI'], ['客户关系管理', 'CRM'], ['data migration', '数据迁移'],
    ['多久', '周期'], ['工期', '周期'], ['资料迁移', '数据迁移'], ['资料库', '数据库'],
    ['大企业', '大型企业'], ['大公司', '大型企业'], ['小公司', '小企业'], ['中小公司', '中小企业'], ['辞职', '离职'], ['跳槽', '离职'],
    ['找到更多客户', '开发新客户'], ['更多客户', '新客户'], ['获客', '开发新客户'], ['预算有限', '预算不多'], ['钱不多', '预算不多'],
    // Asking whether: neither word says what about.
    ['要不要', ' '], ['该不该', ' '],
    // 多少 is a question word and 钱 a single character: both would be dropped, leaving nothing to find.
    ['要多少钱', '费用'], ['多少钱', '费用'], ['价格', '费用'], ['几个月', '周期'], ['多长时间', '周期'],
    ['初创企业', '刚成立'], ['初创公司', '刚成立'], ['创业公司', '刚成立'], ['刚创业', '刚成立'], ['初创', '刚成立'], ['新公司', '刚成立'],
    ['外包', '实施服务商'], ['实施公司', '实施服务商'], ['实施商', '实施服务商'], ['顾问公司', '实施服务商'], ['系统商', '供应商'],
    ['资料清理', '数据清洗'], ['数据清理', '数据清洗'], ['清理数据', '清洗数据'],
    ['什么时候开始', '什么时候启动'], ['何时开始', '什么时候启动'], ['何时启动', '什么时候启动'],
    ['go-live', '上线'], ['go live', '上线'], ['timeline', '周期'], ['cost', '费用'], ['pricing', '费用'], ['training', '培训'], ['vendor', '供应商'],
    ['客户资料导入', '数据导入'], ['资料导入', '数据导入'], ['导进去', '数据导入'], ['导进', '数据导入'], ['个资法', '个人信息保护法'], ['地端', '本地部署'],
    ['厂商', '供应商'], ['换CRM', '更换CRM'], ['换系统', '更换系统'], ['受什么影响', '因素'], ['影响因素', '因素'],
    // Everyday words for the people and things the pages name more formally.
    ['老板', '高层'], ['领导', '高层'], ['实施顾问', '实施服务商'], ['咨询公司', '实施服务商'],
    ['换供应商', '更换供应商'], ['换厂商', '更换供应商'], ['换一家', '更换'],
    ['上线以后', '上线后'], ['上线之后', '上线后'],
    ['设多高', '目标'], ['定多高', '目标'], ['贵不贵', '费用'], ['贵吗', '费用'],
    ['最小可行产品', 'MVP'], ['一期', '第一版'], ['锁定', '退出条款'],
    ['自建', '自己开发'], ['自研', '自己开发'], ['自己做', '自己开发'], ['自己搭', '自己搭建'], ['哪个好', ' '],
    ['预算不够', '预算不多'], ['预算少', '预算不多'], ['没预算', '预算不多'], ['没有预算', '预算不多'],
    // 不 + 适合 would lose its 不 (and 适合 only asks); the pages say 不该.
    ['不适合', '不该'], ['不合适', '不该'], ['不宜', '不该'],
    ['梳理流程', '业务流程图'], ['流程梳理', '业务流程图'], ['人力投入', '员工时间'], ['投入多少人力', '员工多少时间'],
    ['让员工用起来', '员工愿意用'], ['没人用', '不愿意'], ['不想用', '不愿意'],
    ['全量', '一次性全部'], ['业务员', '销售'], ['不录入', '不愿意'], ['不录', '不愿意'], ['回滚', '回退'], ['准备度评估', '准备度自评'], ['成熟度评估', '准备度自评'],
    ['年底', '年末'], ['年终', '年末'], ['年关', '年末'], ['几周', '周期'],
  ],
};
