import type { Locale } from '@/i18n/locales';

// Every string of the selection matrix, in both languages, with identical keys (checked by a unit test).
// Criterion descriptions ("what a 1 and a 5 mean") and preset explanations live here, so the model stays
// free of text and the island receives only its own locale's strings. Placeholders are `{name}`.

const en = {
  // ---- page ----
  'print.includeMethod': 'Include this method when printing',
  'print.date': 'Comparison as of {date}',
  'print.costInputs': 'Cost inputs: {users} users over {years} years, prices as entered',
  'page.title': 'SaaS CRM or no-code platform? Selection matrix with 3-year cost',
  'page.description':
    'Weigh a standard SaaS CRM against a no-code or low-code platform (and up to four more options), see which comes out ahead, by how much and what would change the answer, and compare the cost of ownership over 1-5 years. Runs in your browser.',
  'page.lead':
    'Decide what matters to your company, score each option, and see which comes out ahead, by how much, and which weight would have to change for the answer to flip. The cost calculator below adds each option’s total cost over up to five years.',
  'page.neutral':
    'The matrix starts neutral: every criterion weighs the same and both options score 3, so it leans nowhere until you enter your own judgement or pick a starting situation.',
  'page.relatedGuide': 'Guide: choosing software',
  'page.toPlan': 'Your matrix is saved in this browser and appears in My CRM plan.',
  'page.toPlanLink': 'Open my plan',
  'page.storageOff': 'This browser is not letting the page save, so your matrix lasts only while this tab is open.',
  'page.live': 'Result updated: {summary}',

  // ---- step 1: starting point ----
  'preset.heading': '1. Start from a situation',
  'preset.intro':
    'Each starting point sets the weights and the two standard options’ scores for a typical situation. They are editorial judgements, not measurements: change any number afterwards. Options you added keep their scores.',
  'preset.label': 'Starting point',
  'preset.apply': 'Apply',
  'preset.applied': 'Applied “{name}”.',
  'preset.vendorBadge': 'Vendor’s view',
  'preset.why': 'Why these numbers',
  'preset.neutral.name': 'Neutral (default)',
  'preset.neutral.why':
    'Every criterion weighs the same and both options score 3 everywhere, so the result is a tie until you say what matters and how each option does.',
  'preset.small-standard.name': 'Small company, standard processes, little IT',
  'preset.small-standard.why':
    'With standard processes and nobody to build or look after an application, speed, cost, ease of use and the vendor’s help decide, and a ready-made product usually starts ahead (000 advises a mature product when in-house IT is weak).',
  'preset.growing-custom.name': 'Growing company with unusual processes',
  'preset.growing-custom.why':
    'When the way you sell fits no template, fit and room to grow weigh most, and a configurable platform gains ground, provided someone inside can build and maintain it.',
  'preset.large-integrated.name': 'Large company with many systems to connect',
  'preset.large-integrated.why':
    'With ERP, SCM and OA already running, integration, security and control of data dominate; both kinds have real strengths here, the starting scores come out level, and a trial integration should decide.',
  'preset.regulated.name': 'Regulated industry (finance, healthcare, education)',
  'preset.regulated.why':
    'When customer data is sensitive, compliance and control over where data lives come first: a hosted product tends to bring audited certifications, a platform that can be deployed privately tends to bring control, so the two start close.',
  'preset.vendor-002.name': 'A no-code vendor’s own comparison (002)',
  'preset.vendor-002.why':
    'Reproduces the table in 002, an article by a no-code platform vendor: its five dimensions weighted equally and the scores read from its own wording, which rates the no-code side higher on all five (on integration without calling it an advantage). It is marketing, not an independent assessment.',

  // ---- step 2: options ----
  'options.heading': '2. The options you compare',
  'options.intro':
    'Two to six options: kinds of product, named products you are trialling, or a custom build. Rename them to match your shortlist.',
  'options.nameLabel': 'Name of option {letter}',
  'options.add': 'Add an option',
  'options.full': 'Six options is the maximum.',
  'options.remove': 'Remove {name}',
  'options.removeShort': 'Remove',
  'options.minimum': 'At least two options are needed to compare.',
  'options.newName': 'Option {letter}',
  'options.added': 'Added {name}. Its scores start at 3.',
  'options.removedNotice': 'Removed {name}.',
  'option.saas.label': 'Standard SaaS CRM',
  'option.lowcode.label': 'No-code / low-code platform',

  // ---- step 3: weights ----
  'weights.heading': '3. How much each criterion matters',
  'weights.intro':
    'Drag a slider, or focus it and use the arrow keys. Only the proportions matter: each criterion’s share of the total is shown in percent, and a weight of 0 leaves a criterion out.',
  'weights.share': '{share}% of the total',
  'weights.equal': 'Make all weights equal',
  'weights.equalDone': 'All criteria now weigh the same.',

  // ---- step 4: scores ----
  'scores.heading': '4. Score each option',
  'scores.intro':
    'From 1 (poor) to 5 (excellent) on each criterion; halves such as 3.5 are fine. Open a criterion to see what a 1 and a 5 mean.',
  'scores.cellLabel': '{option}: score for {criterion} (1-5)',
  'scores.criterion': 'Criterion',
  'scores.weight': 'Share',
  'scores.one': '1 —',
  'scores.five': '5 —',
  'scores.basis': 'Basis:',

  // ---- criteria ----
  'criterion.process-fit.name': 'Process fit',
  'criterion.process-fit.low':
    'Your key processes (lead-to-cash, approvals, quoting) only work through workarounds or costly custom development.',
  'criterion.process-fit.high':
    'Your processes run as they are, set up by configuration rather than code, unusual steps included.',
  'criterion.process-fit.basis':
    '002’s first dimension (personalisation and fit), 001’s trial checklist (functional completeness) and 003’s selection factors (functional needs).',
  'criterion.extensibility.name': 'Extensibility and growth',
  'criterion.extensibility.low':
    'A new department, product line or module means buying a second system or starting again.',
  'criterion.extensibility.high':
    'New modules, records and departments are added step by step on the same platform, with the data kept in one place.',
  'criterion.extensibility.basis': '002’s second dimension (extensibility and long-term growth); 003 on modular, extensible systems.',
  'criterion.integration.name': 'Integration',
  'criterion.integration.low':
    'Every link to your ERP, finance or OA system needs its own custom code, and data is copied across by hand.',
  'criterion.integration.high':
    'Documented open APIs and ready connectors link it to ERP, finance and OA, and data flows both ways without retyping.',
  'criterion.integration.basis':
    '002’s third dimension; 001’s key requirement of integrating with ERP and OA; 003’s cases of integration trouble and data silos.',
  'criterion.time-to-value.name': 'Time to first value',
  'criterion.time-to-value.low': 'More than six months pass before anyone uses it for real work.',
  'criterion.time-to-value.high': 'A first version covering one or two core needs is in daily use within weeks.',
  'criterion.time-to-value.basis':
    '002’s “implementation cost and cycle” (its claim: 6-12 months for a heavily customised CRM, weeks for a no-code MVP); 000’s 3-9 months for a typical project.',
  'criterion.total-cost.name': 'Total cost',
  'criterion.total-cost.low':
    'Licences, implementation, maintenance and training over the years add up to the highest of your options, or beyond the budget.',
  'criterion.total-cost.high':
    'The lowest total of your options over the same years, comfortably within budget. The cost calculator below can set this score from your quotes.',
  'criterion.total-cost.basis':
    '002’s “implementation cost and cycle”; 001’s comparison of purchase, implementation and maintenance cost levels.',
  'criterion.vendor-support.name': 'Vendor and partner support',
  'criterion.vendor-support.low':
    'Help comes from a reseller who answers slowly and knows the product only on the surface; documentation and training are thin.',
  'criterion.vendor-support.high':
    'A responsive team that knows the product in depth, good documentation and training, and experience with companies like yours.',
  'criterion.vendor-support.basis':
    '002’s fifth dimension (service and support); 001’s trial checklist (technical support); vendor support as a factor in 000; 003’s advice to go through functional details with the vendor and ask it for a full integration solution.',
  'criterion.usability.name': 'Ease of use',
  'criterion.usability.low': 'Screens are cluttered, staff need long training and avoid entering data.',
  'criterion.usability.high':
    'Sales and service staff find their way after a short session, on computer and phone, and the system saves them time.',
  'criterion.usability.basis': '001’s trial checklist (user interface); 003 on usability and low adoption.',
  'criterion.security-compliance.name': 'Security and compliance',
  'criterion.security-compliance.low':
    'Nobody can say where the data is stored, who can reach it or how the service meets China’s Personal Information Protection Law (PIPL); no security certification.',
  'criterion.security-compliance.high':
    'Data stored in the region you require, fine-grained permissions, encryption, audit logs and backups, recognised certifications, and a clear account of PIPL compliance.',
  'criterion.security-compliance.basis':
    '003 on data security, privacy and the PIPL; 001 on certified software, backups and encryption during migration.',
  'criterion.local-ecosystem.name': 'Local ecosystem',
  'criterion.local-ecosystem.low':
    'No way into WeCom or DingTalk, nothing ready for Kingdee or Yonyou, and local invoicing and payment habits need custom work.',
  'criterion.local-ecosystem.high':
    'Works inside WeCom or DingTalk, with ready links to Kingdee, Yonyou and the tools your staff and customers already use.',
  'criterion.local-ecosystem.basis': '002 names DingTalk, WeCom, Kingdee and Yonyou as third-party systems its own platform connects to easily; that is a sales claim, not a requirement. Which of them matter to you is your call.',
  'criterion.data-control.name': 'Control of your data',
  'criterion.data-control.low':
    'The data lives only in the vendor’s cloud, a full export is hard or charged for, and leaving would mean rebuilding from nothing.',
  'criterion.data-control.high':
    'Private or on-premise deployment is possible, a full export in open formats is available at any time, and you could move to another system without losing history.',
  'criterion.data-control.basis':
    '000 on choosing on-premise, cloud or hybrid deployment; 003 on who can reach customer data. Lock-in and export are our addition.',

  // ---- results ----
  'result.heading': 'Result',
  'result.winner': '{option} comes out ahead with {total} points out of 100, {margin} points ahead of {second}.',
  'result.tooClose':
    'Too close to call: {first} and {second} are no more than {tie} point apart ({total} against {secondTotal}). Look at what would change the answer below, or score more carefully.',
  'result.tie': 'Level: {first} and {second} both score {total}. Change the weights or the scores to separate them.',
  'result.vendorNote':
    'These weights and scores reproduce a no-code vendor’s own comparison (002). They are marketing, not an independent assessment: check every score against your own trial.',
  'result.stale':
    'Some entries are not valid (see the messages beside them). Until they are fixed, the result uses their last valid value.',
  'result.tableCaption': 'Ranking',
  'result.rank': 'Rank',
  'result.option': 'Option',
  'result.total': 'Score (0-100)',
  'result.winnerBadge': 'ahead',
  'result.closeBadge': 'too close',
  'chart.title': 'Points by criterion',
  'chart.desc':
    'Each bar is one option’s score split into the points each criterion contributes; the numbers in the bars refer to the legend. The same figures are in the table below.',
  'chart.tableSummary': 'Show the points as a table',
  'chart.tableCaption': 'Points each criterion contributes to each option’s score (the 1-5 rating in brackets)',
  'chart.segment': '{option}, {criterion}: {points} points',

  // ---- sensitivity ----
  'sensitivity.heading': 'What would change the answer',
  'sensitivity.intro':
    'For each criterion, the weight at which {second} would draw level with {first}, all other weights unchanged. The closest calls come first. Only the top two are compared.',
  'sensitivity.up':
    'If {criterion} weighed {to}% instead of {from}%, {challenger} would draw level with {leader}; with more weight than that, {challenger} would come first.',
  'sensitivity.down':
    'If {criterion} weighed {to}% instead of {from}%, {challenger} would draw level with {leader}; with less weight than that, {challenger} would come first.',
  'sensitivity.robust': 'Even with no weight at all on {list}, {leader} would stay ahead of {challenger}.',
  'sensitivity.same': '{leader} and {challenger} score the same on {list}, so no weight there can change their order.',
  'sensitivity.allSame':
    '{leader} and {challenger} score the same on every criterion, so no change of weight can separate them. Score them first.',
  'sensitivity.level': '{leader} and {challenger} are level; more weight on {criterion} would put {favoured} ahead.',

  // ---- cost ----
  'cost.heading': 'Cost of ownership over 1-5 years',
  'cost.intro':
    'Enter the quotes you received. Use one currency throughout; the figures are added as they are, without discounting. The prices start as the same placeholder for every option, so nothing leans either way until you replace them.',
  'cost.users': 'Users',
  'cost.usersHelp': 'People who will log in: sales, service, marketing and managers.',
  'cost.years': 'Years (1-5)',
  'cost.yearsHelp': 'Three years is the usual horizon for comparing offers.',
  'cost.license': 'Licence per user per month',
  'cost.licenseHelp': 'Subscription price per user per month; 0 for a free tier.',
  'cost.implementation': 'Implementation (one-off)',
  'cost.implementationHelp': 'Configuration, custom work, data migration and integration by the vendor or a partner.',
  'cost.maintenance': 'Maintenance per year',
  'cost.maintenanceHelp': 'Support contract, hosting, an administrator’s time, upgrades.',
  'cost.training': 'Training per user (one-off)',
  'cost.trainingHelp': 'Courses, materials and the hours people spend learning.',
  'cost.total': 'Total over {years} years',
  'cost.year': 'Year {n}',
  'cost.cheapest': '{option} costs least over {years} years: {amount}, which is {diff} ({pct}%) less than {other}.',
  'cost.allEqual': 'Every option costs the same over {years} years: {amount}.',
  'cost.chartTitle': 'Cumulative cost at the end of each year',
  'cost.chartDesc':
    'Grouped bars: for each year, one bar per option showing its running total; the letters match the options. The same figures are in the table.',
  'cost.tableCaption': 'Cost by year (amount falling in that year, and running total)',
  'cost.breakdownCaption': 'What each total is made of',
  'cost.licences': 'Licences',
  'cost.implementationShort': 'Implementation',
  'cost.maintenanceShort': 'Maintenance',
  'cost.trainingShort': 'Training',
  'cost.inYear': 'In year',
  'cost.runningTotal': 'Running total',
  'cost.toScores': 'Use these costs as the “Total cost” scores',
  'cost.toScoresRule': 'The cheapest option scores 5; every 25% above it costs one point; twice the cheapest or more scores 1.',
  'cost.toScoresDone': '“Total cost” scores set from the cost comparison: {list}.',
  'cost.levels':
    'For orientation only: 001 ranks purchase, implementation and maintenance costs of well-known products as high (Salesforce), medium (Microsoft Dynamics 365) and low (Zoho CRM; HubSpot CRM, which has a free edition), without prices. 002, a no-code vendor, claims its approach cuts total cost by 50-80%; treat that as a claim to test against real quotes.',

  // ---- export, share, reset ----
  'export.heading': 'Save, share and print',
  'export.xlsx': 'Download Excel workbook (.xlsx)',
  'export.csv': 'Download CSV (opens in Excel)',
  'export.csvNote': 'The workbook keeps the scores live: change a weight or a score in Excel and the shares and totals recalculate. The CSV is UTF-8 and opens directly in Excel; in LibreOffice, choose “Unicode (UTF-8)” as the character set when asked.',
  'export.images': 'Charts as images for slides',
  'export.points-svg': 'Points chart (SVG)',
  'export.points-png': 'Points chart (PNG)',
  'export.cost-svg': 'Cost chart (SVG)',
  'export.cost-png': 'Cost chart (PNG)',
  'xlsx.matrixSheet': 'Matrix',
  'xlsx.costSheet': 'Cost by year',
  'xlsx.note': 'Weights and scores (1-5) are plain cells: change one and the shares and scores recalculate. Score = weighted mean of the 1-5 scores, mapped onto 0-100.',
  'xlsx.pointsImage': 'crm-selection-points',
  'xlsx.costImage': 'crm-selection-cost',
  'export.print': 'Print (A4)',
  'export.share': 'Copy share link',
  'export.shareQr': 'QR code',
  'export.shareCopied': 'Link copied. Whoever opens it sees this matrix; nothing is stored on a server.',
  'export.shareCopiedStale': 'Link copied, with your last valid entries: the fields marked in red are not in it. Fix them and copy again to share what you see.',
  'export.shareManual': 'Copying was blocked by the browser. Select the link below and copy it.',
  'export.shareLabel': 'Share link',
  'export.filename': 'crm-selection-matrix',
  'export.reset': 'Start again from neutral',
  'export.resetDone': 'Back to the neutral matrix.',
  'csv.criterion': 'Criterion',
  'csv.weight': 'Weight',
  'csv.share': 'Share (%)',
  'csv.total': 'Score (0-100)',
  'csv.rank': 'Rank',
  'csv.cost': 'Cost',
  'csv.year': 'Year {n}',
  'csv.costTotal': 'Total',

  // ---- how this is calculated ----
  'method.total':
    'Each option’s score is its weighted average on the 1-5 scale, mapped onto 0-100 so that straight 1s give 0 and straight 5s give 100: score = 100 × Σ(weight × (rating − 1) / 4) ÷ Σ weight. Only the proportions of the weights matter, so 10/10/20 and 25%/25%/50% give the same result.',
  'method.contributions':
    'The points a criterion contributes are its share of the weight times (rating − 1) / 4 × 100; an option’s points add up to its score. That is what the bar chart shows.',
  'method.winner':
    'An option is shown as ahead only when it leads the next one by more than 1 point; a smaller gap is within the uncertainty of any 1-5 rating and is called too close.',
  'method.sensitivity':
    'What would change the answer: the gap between the top two changes in a straight line with any one weight, so the weight at which they tie is found exactly: w* = w − Σ(wᵢ × dᵢ) ÷ d, where d is how much better the leader rates on that criterion. When w* would be below zero, no weight on that criterion can reverse the order.',
  'method.tco':
    'Cost of ownership = licence per user per month × users × 12 × years + implementation + maintenance per year × years + training per user × users. Implementation and training fall in year 1; licences and maintenance recur every year. No discounting and no price rises: add them to your quotes if they matter.',
  'method.costScores':
    'Turning costs into “Total cost” scores: the cheapest option gets 5, every 25% above it one point less, and twice the cheapest or more gets 1. A ratio rather than “cheapest 5, dearest 1”, so that quotes 3% apart do not end up four points apart.',
  'method.presets':
    'The starting situations are editorial judgements, each explained in a sentence. The default is neutral. The vendor’s comparison is offered only as a labelled option because it comes from a no-code vendor’s marketing.',
  'method.sourcesHeading': 'Sources',
  'method.source.002':
    '002 — a five-phase launch framework written by a no-code platform vendor; its five evaluation dimensions and its claims on cycle and cost (vendor’s view).',
  'method.source.001':
    '001 — preparation before implementing a CRM: key requirements, the trial checklist and relative cost levels of well-known products.',
  'method.source.003':
    '003 — an anonymous document from a document-sharing site on CRM implementation problems: selection factors, integration and data silos, data security and the PIPL.',
  'method.source.000':
    '000 — how long a CRM implementation takes: deployment choices, vendor support, and build versus buy.',

  // ---- errors: one sentence per validation code ----
  'error.missing': 'Enter a value.',
  'error.wrong-type': 'This value has the wrong form.',
  'error.not-a-number': 'Enter a number, for example 3 or 3.5.',
  'error.not-a-whole-number': 'Enter a whole number.',
  'error.out-of-range': 'This number is outside the allowed range.',
  'error.out-of-range.score': 'Scores go from 1 to 5.',
  'error.out-of-range.weight': 'A weight cannot be negative.',
  'error.out-of-range.users': 'Enter between 1 and 100,000 users.',
  'error.out-of-range.years': 'Choose between 1 and 5 years.',
  'error.out-of-range.price': 'An amount cannot be negative.',
  'error.no-weights': 'All weights are 0. Give at least one criterion some weight.',
  'error.too-few-options': 'At least two options are needed.',
  'error.too-many-options': 'At most six options can be compared.',
  'error.duplicate-option': 'Two options have the same identifier.',
  'error.unknown-criterion': 'This criterion is not one the matrix knows.',
  'error.invalid-id': 'This option identifier is not valid.',
  'error.too-long': 'Keep the name to 60 characters or fewer.',
} as const;

const zhCn = {
  // ---- page ----
  'print.includeMethod': '打印时附上计算方法',
  'print.date': '{date} 的对比',
  'print.costInputs': '成本输入：{users} 名用户、{years} 年，价格按所填',
  'page.title': '标准 SaaS CRM 还是无代码平台？选型矩阵与三年成本',
  'page.description':
    '把标准化 SaaS CRM 与无代码/低代码平台（以及最多四个其他方案）放在一起打分，看哪一个胜出、领先多少、什么变化会改写结论，并比较 1-5 年的总拥有成本。全部在浏览器中计算。',
  'page.lead':
    '先定下哪些方面对贵司最重要，再给每个方案打分，就能看到谁领先、领先多少，以及哪一项权重要变到多少结论才会反转。下方的成本计算器会算出每个方案最多五年的总成本。',
  'page.neutral':
    '矩阵从中立状态开始：每个评估维度权重相同，两个方案各项都是 3 分。在你填入自己的判断或选择一个典型情境之前，它不偏向任何一方。',
  'page.relatedGuide': '指南：如何选择 CRM 软件',
  'page.toPlan': '你的矩阵已保存在此浏览器中，并会出现在“我的 CRM 方案”页面。',
  'page.toPlanLink': '打开我的 CRM 方案',
  'page.storageOff': '此浏览器不允许页面保存数据，因此关闭此标签页后矩阵就会丢失。',
  'page.live': '结果已更新：{summary}',

  // ---- step 1: starting point ----
  'preset.heading': '1. 从一个典型情境开始',
  'preset.intro':
    '每个情境都会为典型处境设定权重，以及两个标准方案的评分。这些数字是编辑判断而非测量结果，之后每一项都可以修改。你自己添加的方案会保留原有评分。',
  'preset.label': '起点',
  'preset.apply': '应用',
  'preset.applied': '已应用“{name}”。',
  'preset.vendorBadge': '厂商观点',
  'preset.why': '为什么是这些数字',
  'preset.neutral.name': '中立（默认）',
  'preset.neutral.why': '所有维度权重相同，两个方案每项都是 3 分；在你说明什么重要、各方案表现如何之前，结果就是平局。',
  'preset.small-standard.name': '小企业：流程标准，IT 力量薄弱',
  'preset.small-standard.why':
    '流程比较标准、又没人能搭建和维护应用时，上线速度、成本、易用性和厂商支持最关键，现成产品通常占先（000 也建议 IT 能力弱的企业优先选成熟产品）。',
  'preset.growing-custom.name': '成长型企业：业务流程独特',
  'preset.growing-custom.why':
    '销售方式套不进任何模板时，流程适配和扩展空间最重要，可配置的平台更占优势——前提是内部有人能搭建并持续维护。',
  'preset.large-integrated.name': '大型企业：需要对接很多系统',
  'preset.large-integrated.why':
    'ERP、SCM、OA 都已在运行时，集成、安全和数据掌控是重点；两类产品在这里各有真本事，初始评分打成平手，应以一次集成试点来定胜负。',
  'preset.regulated.name': '受监管行业（金融、医疗、教育）',
  'preset.regulated.why':
    '客户数据敏感时，合规与数据存放位置的掌控排在首位：托管型产品往往带着经过审计的认证，可私有化部署的平台往往掌控力更强，所以两者起点接近。',
  'preset.vendor-002.name': '某无代码厂商自己的对比（002）',
  'preset.vendor-002.why':
    '复现 002 中的对比表。该文由一家无代码平台厂商撰写：五个维度等权，评分按其原文措辞换算，五项都判无代码一方更优（集成一项只是没有标为“竞争优势”）。这是营销内容，不是独立评估。',

  // ---- step 2: options ----
  'options.heading': '2. 参与比较的方案',
  'options.intro': '两到六个方案：可以是产品类型、正在试用的具体产品，或者自主开发。请按你的候选名单改名。',
  'options.nameLabel': '方案 {letter} 的名称',
  'options.add': '添加方案',
  'options.full': '最多可比较六个方案。',
  'options.remove': '删除“{name}”',
  'options.removeShort': '删除',
  'options.minimum': '至少需要两个方案才能比较。',
  'options.newName': '方案 {letter}',
  'options.added': '已添加“{name}”，各项评分从 3 分开始。',
  'options.removedNotice': '已删除“{name}”。',
  'option.saas.label': '标准化 SaaS CRM',
  'option.lowcode.label': '无代码/低代码平台',

  // ---- step 3: weights ----
  'weights.heading': '3. 各维度有多重要',
  'weights.intro': '拖动滑块，或选中滑块后用方向键调整。只有比例有意义：每个维度在总权重中的占比以百分比显示，权重为 0 表示不考虑该维度。',
  'weights.share': '占总权重 {share}%',
  'weights.equal': '所有权重设为相同',
  'weights.equalDone': '现在所有维度权重相同。',

  // ---- step 4: scores ----
  'scores.heading': '4. 为每个方案打分',
  'scores.intro': '每个维度按 1（差）到 5（优）打分，也可以打 3.5 这样的半分。展开维度名称即可查看 1 分和 5 分各代表什么。',
  'scores.cellLabel': '{option}：“{criterion}”评分（1-5）',
  'scores.criterion': '评估维度',
  'scores.weight': '占比',
  'scores.one': '1 分：',
  'scores.five': '5 分：',
  'scores.basis': '依据：',

  // ---- criteria ----
  'criterion.process-fit.name': '流程适配度',
  'criterion.process-fit.low': '核心流程（线索到回款、审批、报价）只能靠变通办法或昂贵的定制开发才能跑通。',
  'criterion.process-fit.high': '现有流程可以原样落地，靠配置而不是写代码实现，连特殊环节也不例外。',
  'criterion.process-fit.basis': '002 的第一个维度（个性化与适配度）、001 的试用检查项（功能完整性）和 003 的选型因素（功能需求）。',
  'criterion.extensibility.name': '扩展性与长期发展',
  'criterion.extensibility.low': '新增一个部门、一条产品线或一个模块，就得另买一套系统或推倒重来。',
  'criterion.extensibility.high': '可以在同一平台上逐步增加模块、数据对象和部门，数据始终集中在一处。',
  'criterion.extensibility.basis': '002 的第二个维度（扩展性与长期发展）；003 关于模块化、可扩展系统的论述。',
  'criterion.integration.name': '系统集成',
  'criterion.integration.low': '与 ERP、财务或 OA 的每一处对接都要单独写代码，数据靠人工搬来搬去。',
  'criterion.integration.high': '有文档齐全的开放接口和现成连接器，可与 ERP、财务、OA 双向同步，无需重复录入。',
  'criterion.integration.basis': '002 的第三个维度；001 列出的关键需求“与 ERP、OA 等系统集成”；003 中集成困难与数据孤岛的案例。',
  'criterion.time-to-value.name': '见效速度',
  'criterion.time-to-value.low': '要等半年以上，才有人真正用它开展工作。',
  'criterion.time-to-value.high': '覆盖一两个核心需求的第一个版本，几周内就进入日常使用。',
  'criterion.time-to-value.basis':
    '002 的“实施成本与周期”（其说法：深度定制的传统 CRM 需 6-12 个月，无代码 MVP 只需数周）；000 给出的典型项目周期 3-9 个月。',
  'criterion.total-cost.name': '总成本',
  'criterion.total-cost.low': '多年累计的许可、实施、运维和培训费用在各方案中最高，或者超出预算。',
  'criterion.total-cost.high': '同样年限内总费用在各方案中最低，且稳稳落在预算之内。可用下方的成本计算器按实际报价生成此项评分。',
  'criterion.total-cost.basis': '002 的“实施成本与周期”；001 对购买、实施、维护费用高低的比较。',
  'criterion.vendor-support.name': '厂商与服务支持',
  'criterion.vendor-support.low': '只能找代理商，回应慢、对产品只懂皮毛；文档和培训资源也很少。',
  'criterion.vendor-support.high': '服务团队响应及时、吃透产品，文档和培训完善，而且服务过与贵司相似的企业。',
  'criterion.vendor-support.basis': '002 的第五个维度（服务支持）；001 的试用检查项（技术支持）；000 中的供应商支持因素；003 关于与供应商充分沟通功能细节、要求其提供完整集成方案的建议。',
  'criterion.usability.name': '易用性',
  'criterion.usability.low': '界面杂乱，员工要培训很久，能不录数据就不录。',
  'criterion.usability.high': '销售和客服经过一次简短培训就能上手，电脑和手机上都顺手，真正帮他们省下时间。',
  'criterion.usability.basis': '001 的试用检查项（用户界面）；003 关于易用性与使用率低的论述。',
  'criterion.security-compliance.name': '安全与合规',
  'criterion.security-compliance.low': '说不清数据存在哪里、谁能访问、如何满足《个人信息保护法》，也没有任何安全认证。',
  'criterion.security-compliance.high':
    '数据可存放在你要求的地域，权限划分细致，具备加密、审计日志和备份，有公认的安全认证，并能讲清楚如何满足《个人信息保护法》。',
  'criterion.security-compliance.basis': '003 关于数据安全、隐私保护与《个人信息保护法》的论述；001 关于安全认证、迁移前备份和传输加密的建议。',
  'criterion.local-ecosystem.name': '本地生态',
  'criterion.local-ecosystem.low': '接不进企业微信或钉钉，与金蝶、用友没有现成对接，本地的开票和收款习惯都得定制。',
  'criterion.local-ecosystem.high': '可以在企业微信或钉钉里直接使用，与金蝶、用友以及员工和客户常用的工具都有现成对接。',
  'criterion.local-ecosystem.basis': '002 称自家平台能便捷地连接钉钉、企业微信、金蝶和用友这几类第三方系统；这是推销说法，不是对 CRM 的要求。其中哪些对你重要，由你自己判断。',
  'criterion.data-control.name': '数据掌控',
  'criterion.data-control.low': '数据只能放在厂商的云上，全量导出困难或要收费，一旦更换就得从零重建。',
  'criterion.data-control.high': '支持私有化或本地部署，随时能以开放格式全量导出，换系统也不会丢失历史记录。',
  'criterion.data-control.basis': '000 关于本地、云端或混合部署的选择；003 关于谁能接触客户数据的论述。厂商锁定与导出两点为本站补充。',

  // ---- results ----
  'result.heading': '结果',
  'result.winner': '{option}领先，得分 {total}（满分 100），比{second}高 {margin} 分。',
  'result.tooClose':
    '难分高下：{first}与{second}相差不超过 {tie} 分（{total} 对 {secondTotal}）。请看下方“什么会改变结论”，或者把评分再斟酌一遍。',
  'result.tie': '打成平手：{first}和{second}都是 {total} 分。调整权重或评分即可拉开差距。',
  'result.vendorNote': '当前权重和评分复现的是某无代码厂商自己的对比（002），属于营销观点而非独立评估：请用自己的试用结果逐项核对。',
  'result.stale': '有些输入无效（见旁边的提示）。修正之前，结果沿用这些输入最后一次的有效值。',
  'result.tableCaption': '排名',
  'result.rank': '名次',
  'result.option': '方案',
  'result.total': '得分（0-100）',
  'result.winnerBadge': '领先',
  'result.closeBadge': '难分高下',
  'chart.title': '各维度贡献的分数',
  'chart.desc': '每根横条代表一个方案的总分，按各维度贡献的分数分段；条内数字对应图例编号。下方表格列出了同样的数据。',
  'chart.tableSummary': '以表格查看各项分数',
  'chart.tableCaption': '各维度为每个方案贡献的分数（括号内为 1-5 分评分）',
  'chart.segment': '{option}，{criterion}：{points} 分',

  // ---- sensitivity ----
  'sensitivity.heading': '什么会改变结论',
  'sensitivity.intro': '对每个维度，计算在其他权重不变时，它的权重变到多少，{second}会追平{first}。最容易翻盘的排在前面。这里只比较前两名。',
  'sensitivity.up': '如果“{criterion}”的权重占比从 {from}% 升到 {to}%，{challenger}将追平{leader}；再高一些，{challenger}就会排到第一。',
  'sensitivity.down': '如果“{criterion}”的权重占比从 {from}% 降到 {to}%，{challenger}将追平{leader}；再低一些，{challenger}就会排到第一。',
  'sensitivity.robust': '即使{list}的权重全部降为 0，{leader}仍然领先{challenger}。',
  'sensitivity.same': '{leader}与{challenger}在{list}上得分相同，这些维度的权重再怎么调也改变不了二者的先后。',
  'sensitivity.allSame': '{leader}与{challenger}在每个维度上得分都相同，调整权重无法拉开差距。请先为它们打分。',
  'sensitivity.level': '{leader}与{challenger}目前持平；加大“{criterion}”的权重会让{favoured}领先。',

  // ---- cost ----
  'cost.heading': '1-5 年总拥有成本',
  'cost.intro':
    '请填入你拿到的报价，全程使用同一种货币；各项按原值相加，不做折现。初始价格对每个方案都是同一组占位数字，在你替换之前不会偏向任何一方。',
  'cost.users': '用户数',
  'cost.usersHelp': '需要登录系统的人数：销售、客服、市场和管理人员。',
  'cost.years': '年限（1-5 年）',
  'cost.yearsHelp': '比较报价时通常看三年。',
  'cost.license': '每用户每月许可费',
  'cost.licenseHelp': '每个用户每月的订阅价格；免费版填 0。',
  'cost.implementation': '实施费（一次性）',
  'cost.implementationHelp': '厂商或合作伙伴的配置、定制开发、数据迁移和集成费用。',
  'cost.maintenance': '每年运维费',
  'cost.maintenanceHelp': '服务合同、托管、管理员投入的时间和升级费用。',
  'cost.training': '每用户培训费（一次性）',
  'cost.trainingHelp': '课程、资料，以及员工用于学习的工时。',
  'cost.total': '{years} 年合计',
  'cost.year': '第 {n} 年',
  'cost.cheapest': '{years} 年内{option}成本最低：{amount}，比{other}少 {diff}（{pct}%）。',
  'cost.allEqual': '{years} 年内各方案成本相同：{amount}。',
  'cost.chartTitle': '每年年末的累计成本',
  'cost.chartDesc': '分组柱状图：每一年中每个方案一根柱子，表示截至当年的累计成本；字母与方案对应。表格中列出了同样的数据。',
  'cost.tableCaption': '逐年成本（当年发生额与累计额）',
  'cost.breakdownCaption': '各方案总成本的构成',
  'cost.licences': '许可费',
  'cost.implementationShort': '实施费',
  'cost.maintenanceShort': '运维费',
  'cost.trainingShort': '培训费',
  'cost.inYear': '当年',
  'cost.runningTotal': '累计',
  'cost.toScores': '把这些成本换算为“总成本”评分',
  'cost.toScoresRule': '最便宜的方案得 5 分；每比它贵 25% 扣 1 分；达到最低价两倍及以上的得 1 分。',
  'cost.toScoresDone': '已根据成本比较设置“总成本”评分：{list}。',
  'cost.levels':
    '仅供参考：001 把知名产品的购买、实施和维护费用分为高（Salesforce）、中（Microsoft Dynamics 365）、低（Zoho CRM；HubSpot CRM，另有免费版）三档，但没有给出具体价格。002 作为无代码厂商，声称其方式可将总成本降低 50%-80%；这是厂商说法，请用真实报价检验。',

  // ---- export, share, reset ----
  'export.heading': '保存、分享与打印',
  'export.xlsx': '下载 Excel 工作簿（.xlsx）',
  'export.csv': '下载 CSV（可用 Excel 打开）',
  'export.csvNote': '工作簿中的得分是实时公式：在 Excel 里改动任一权重或评分，占比和得分会自动重算。CSV 为 UTF-8 编码，可直接用 Excel 打开；用 LibreOffice 打开时，如询问字符集，请选择“Unicode (UTF-8)”。',
  'export.images': '图表图片（可放入幻灯片）',
  'export.points-svg': '得分图（SVG）',
  'export.points-png': '得分图（PNG）',
  'export.cost-svg': '成本图（SVG）',
  'export.cost-png': '成本图（PNG）',
  'xlsx.matrixSheet': '选型矩阵',
  'xlsx.costSheet': '逐年成本',
  'xlsx.note': '权重和评分（1-5 分）都是普通单元格：改动其中任一项，占比和得分会自动重算。得分＝各项评分的加权平均，再换算到 0-100。',
  'xlsx.pointsImage': 'CRM选型得分图',
  'xlsx.costImage': 'CRM选型成本图',
  'export.print': '打印（A4）',
  'export.share': '复制分享链接',
  'export.shareQr': '二维码',
  'export.shareCopied': '链接已复制。打开它的人会看到这份矩阵；服务器上不会保存任何内容。',
  'export.shareCopiedStale': '链接已复制，其中是你最后一次的有效输入：标红的字段不在链接里。改正后再复制一次，分享的才是你现在看到的内容。',
  'export.shareManual': '浏览器阻止了复制。请选中下面的链接手动复制。',
  'export.shareLabel': '分享链接',
  'export.filename': 'CRM选型矩阵',
  'export.reset': '恢复为中立矩阵',
  'export.resetDone': '已恢复为中立矩阵。',
  'csv.criterion': '评估维度',
  'csv.weight': '权重',
  'csv.share': '占比（%）',
  'csv.total': '得分（0-100）',
  'csv.rank': '名次',
  'csv.cost': '成本',
  'csv.year': '第 {n} 年',
  'csv.costTotal': '合计',

  // ---- how this is calculated ----
  'method.total':
    '每个方案的得分是它在 1-5 分制上的加权平均分，再换算到 0-100：全部 1 分得 0，全部 5 分得 100。公式为：得分 = 100 × Σ(权重 × (评分 − 1) / 4) ÷ Σ权重。只有权重之间的比例有意义，所以 10/10/20 与 25%/25%/50% 的结果相同。',
  'method.contributions':
    '某个维度贡献的分数 = 它的权重占比 × (评分 − 1) / 4 × 100；一个方案各维度的分数加起来就是它的总分，柱状图展示的正是这些分数。',
  'method.winner': '只有领先下一名超过 1 分时才判定为领先；差距更小时，已在任何 1-5 分评分的误差范围之内，标为“难分高下”。',
  'method.sensitivity':
    '什么会改变结论：前两名的分差随任一维度的权重呈线性变化，因此可以精确求出二者打平时的权重：w* = w − Σ(wᵢ × dᵢ) ÷ d，其中 d 是领先者在该维度上高出的分数。若 w* 小于 0，则该维度无论取什么权重都无法改变先后。',
  'method.tco':
    '总拥有成本 = 每用户每月许可费 × 用户数 × 12 × 年数 + 实施费 + 每年运维费 × 年数 + 每用户培训费 × 用户数。实施费和培训费计入第 1 年，许可费和运维费每年发生。不做折现，也不计涨价；如有需要，请计入报价之中。',
  'method.costScores':
    '成本换算为“总成本”评分：最便宜的方案得 5 分，每贵 25% 少 1 分，达到最低价两倍及以上得 1 分。采用比例而不是“最便宜 5 分、最贵 1 分”，是为了避免两份只差 3% 的报价被拉开 4 分。',
  'method.presets': '各典型情境都是编辑判断，并各用一句话说明理由。默认状态是中立的。厂商对比之所以只作为带标注的选项提供，是因为它出自一家无代码厂商的营销文章。',
  'method.sourcesHeading': '资料来源',
  'method.source.002': '002——一家无代码平台厂商撰写的五阶段启动框架；其中的五个评估维度，以及关于周期和成本的说法（厂商观点）。',
  'method.source.001': '001——实施 CRM 前的准备工作：关键业务需求、试用检查项，以及知名产品费用的相对高低。',
  'method.source.003': '003——文档分享网站上一篇谈 CRM 实施问题的匿名长文：选型因素、集成与数据孤岛、数据安全与《个人信息保护法》。',
  'method.source.000': '000——CRM 实施需要多长时间：部署方式的选择、供应商支持，以及自主开发与采购的取舍。',

  // ---- errors: one sentence per validation code ----
  'error.missing': '请填写此项。',
  'error.wrong-type': '此项的格式不正确。',
  'error.not-a-number': '请输入数字，例如 3 或 3.5。',
  'error.not-a-whole-number': '请输入整数。',
  'error.out-of-range': '这个数字超出了允许的范围。',
  'error.out-of-range.score': '评分范围是 1 到 5。',
  'error.out-of-range.weight': '权重不能为负数。',
  'error.out-of-range.users': '用户数应在 1 到 100,000 之间。',
  'error.out-of-range.years': '年限应在 1 到 5 年之间。',
  'error.out-of-range.price': '金额不能为负数。',
  'error.no-weights': '所有权重都是 0。请至少给一个维度设置权重。',
  'error.too-few-options': '至少需要两个方案。',
  'error.too-many-options': '最多只能比较六个方案。',
  'error.duplicate-option': '有两个方案的标识相同。',
  'error.unknown-criterion': '矩阵中没有这个评估维度。',
  'error.invalid-id': '方案标识无效。',
  'error.too-long': '名称请不要超过 60 个字符。',
} as const satisfies Record<keyof typeof en, string>;

export const strings = { 'zh-cn': zhCn, en } as const satisfies Record<Locale, Record<string, string>>;

export type SelectionKey = keyof typeof en;
export type SelectionStrings = Record<SelectionKey, string>;
