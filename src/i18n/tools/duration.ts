import type { Locale } from '@/i18n/locales';
import { TERMS } from '../terms';

// Phase names come from the one vocabulary list (src/i18n/terms.ts).
const TE = TERMS.en;
const TZ = TERMS['zh-cn'];

// Every string of the duration estimator, in both languages, with identical keys (checked by a unit
// test). Placeholders are `{name}`. Keys starting with `page.` and `how.` are used by the .astro page
// only; the rest go to the island as props (see `islandStrings`).

const en = {
  // ---- page ----
  'page.title': 'CRM implementation duration estimator',
  'page.description':
    'How long will your CRM project take? A phase-by-phase estimate with a likely range, an 80% figure, dates, a Gantt chart and calendar risks such as year-end and Spring Festival. Runs in your browser.',
  'page.lead':
    'Describe your company and your project choices. The estimate updates as you go: how long each of the five phases is likely to take, when you could go live, and which calendar or project risks to plan around.',
  'page.noscriptNote': 'The estimate below is for a typical medium-sized company (the default answers).',
  'page.relatedGuide': 'Guide: how long a CRM implementation takes',
  'page.toPlan': 'Your answers are saved in this browser and appear in My CRM plan.',
  'page.toPlanLink': 'Open my plan',

  // ---- form groups ----
  'group.company': 'Your company',
  'group.readiness': 'Readiness',
  'group.project': 'Project choices',
  'group.timing': 'Timing',
  'form.heading': 'Your answers',
  'form.fromReadiness':
    'Taken from your readiness answers: internal commitment {commitment} of 5, digital maturity {maturity} of 5, {integrations} systems to connect, expanding: {expanding}, key-staff turnover: {turnover}, start: {start}. Change any of them below.',
  'form.fromReadiness.noStart': 'not set',
  'form.yes': 'yes',
  'form.no': 'no',

  // ---- fields ----
  'field.companySize.label': 'Company size',
  'field.companySize.help': 'Employees in the whole company. Larger companies need more coordination in every phase.',
  'option.companySize.small': 'Small: fewer than 100 employees',
  'option.companySize.medium': 'Medium: 100 to 999 employees',
  'option.companySize.large': 'Large: 1,000 employees or more',

  'field.complexity.label': 'Business complexity',
  'field.complexity.help': 'Product lines, sites, business units and countries the CRM must cover.',
  'option.complexity.1': '1: one product line, one site',
  'option.complexity.2': '2: a few products, one main site',
  'option.complexity.3': '3: several products or regional branches',
  'option.complexity.4': '4: several business units or many branches',
  'option.complexity.5': '5: many units, sites or countries',

  'field.expanding.label': 'We are in a phase of rapid expansion',
  'field.expanding.help': 'New staff, changing processes and fast-growing data slow a project and make it less predictable.',

  'field.digitalMaturity.label': 'Digital foundation',
  'field.digitalMaturity.help': 'How your customer and sales data are kept today. The messier the data, the longer the migration.',
  'option.digitalMaturity.1': '1: paper, notebooks and personal spreadsheets',
  'option.digitalMaturity.2': '2: shared spreadsheets and chat groups',
  'option.digitalMaturity.3': '3: some systems (finance, a basic CRM), data scattered',
  'option.digitalMaturity.4': '4: ERP or similar in place, data mostly consistent',
  'option.digitalMaturity.5': '5: ERP/SCM in place, clean master data',

  'field.internalCommitment.label': 'Internal commitment',
  'field.internalCommitment.help': 'An executive sponsor and key users with time for the project speed up every phase.',
  'option.internalCommitment.1': '1: no sponsor, people help when they can',
  'option.internalCommitment.2': '2: a nominal sponsor, part-time team',
  'option.internalCommitment.3': '3: a sponsor and a part-time project team',
  'option.internalCommitment.4': '4: an active sponsor, key users with set hours',
  'option.internalCommitment.5': '5: a hands-on sponsor, dedicated key users',

  'field.keyStaffTurnover.label': 'We expect a wave of departures among key staff during the project',
  'field.keyStaffTurnover.help': 'Losing a key user mid-project sets the work back, more so the later it happens.',

  'field.platform.label': 'Platform',
  'field.platform.help': 'A standard product you configure, a low-code platform you build on, or software written for you.',
  'option.platform.saas': 'Standard SaaS CRM',
  'option.platform.lowCode': 'No-code / low-code platform',
  'option.platform.custom': 'Custom development',

  'field.deployment.label': 'Deployment',
  'field.deployment.help': 'Installing on your own servers adds set-up, network and security work.',
  'option.deployment.cloud': 'Cloud',
  'option.deployment.hybrid': 'Hybrid (cloud and own servers)',
  'option.deployment.onPremise': 'On premise (own servers)',

  'field.vendorSupport.label': 'Vendor or partner support',
  'field.vendorSupport.help': 'An experienced implementation team prevents technical stalls.',
  'option.vendorSupport.1': '1: documentation only, little help',
  'option.vendorSupport.2': '2: ticket support',
  'option.vendorSupport.3': '3: an implementation consultant part of the time',
  'option.vendorSupport.4': '4: a dedicated implementation team',
  'option.vendorSupport.5': '5: an experienced team that knows your industry',

  'field.integrations.label': 'Systems to connect',
  'field.integrations.help': 'ERP, finance, OA, WeCom, DingTalk, e-commerce shops… from 0 to 20.',

  'field.switchingVendor.label': 'We are replacing an existing CRM',
  'field.switchingVendor.help': 'Re-mapping requirements and converting data between two systems adds 1 to 3 months.',

  'field.agile.label': 'Start with a minimum viable product, then iterate',
  'field.agile.help': 'A first release covering one or two core needs, then improvements in short cycles.',

  'field.startDate.label': 'Planned start date',
  'field.startDate.help': 'Optional. Gives each phase dates and checks them against year-end and the Spring Festival.',

  // ---- validation messages ----
  'error.not-an-object': 'These answers could not be read. Please start again.',
  'error.missing': 'Please give an answer here.',
  'error.unknown-option': 'Please choose one of the options.',
  'error.not-a-number': 'Please enter a number, using digits.',
  'error.not-a-whole-number': 'Please enter a whole number, without decimals.',
  'error.out-of-range': 'Please choose a value from the list.',
  'error.not-a-boolean': 'Please tick or untick the box.',
  'error.not-a-date': 'Please enter a real date, for example 2026-03-02.',
  'error.integrations.out-of-range': 'Please enter a number from 0 to 20.',
  'error.startDate.out-of-range': 'Please choose a date between 1950 and 2199.',
  'error.stale': 'Fix the highlighted answer to update the estimate. The figures show your last valid answers.',

  // ---- results ----
  'result.heading': 'Your estimate',
  'result.total': 'Likely {likely} months (range {low}–{high}), 80% chance within {p80} months.',
  'result.weeks': 'In weeks: likely {likely}, optimistic {low}, pessimistic {high}. Half of the simulated projects finished within {p50} weeks, 80% within {p80}.',
  'result.goLive': 'Likely go-live: {date}',
  'result.startPast': 'Your planned start, {date}, has already passed, so these dates count from a day gone by. Enter the date you now expect to start.',
  'result.goLiveHint': 'Add a planned start date to see the dates of each phase and the calendar risks.',
  'result.firstRelease': 'First usable release (MVP): after about {weeks} weeks.',
  'result.announce': 'Estimate updated: likely {likely} months, 80% chance within {p80} months.',
  'result.holidays': 'Counted in working days: public holidays inside the schedule take {days} working days, so the dates run later than the weeks alone suggest ({list}).',
  'result.holidays.one': 'Counted in working days: public holidays inside the schedule take 1 working day, so the dates run later than the weeks alone suggest ({list}).',
  'result.noHolidays': 'Counted in working days: no public holiday falls inside this schedule.',
  'result.projected': 'Holidays from {year} on are projected by rule and may move by a few days: the State Council usually publishes the next year’s schedule in November of the year before.',
  'holiday.new-year': 'New Year’s Day',
  'holiday.spring-festival': 'Spring Festival',
  'holiday.qingming': 'Qingming',
  'holiday.labour-day': 'Labour Day',
  'holiday.dragon-boat': 'Dragon Boat Festival',
  'holiday.mid-autumn': 'Mid-Autumn Festival',
  'holiday.national-day': 'National Day (Golden Week)',
  'holiday.item': '{name} {start}–{end}',
  'holiday.itemProjected': '{name} {start}–{end}, projected',
  'holiday.day': '{name} {date}',
  'holiday.dayProjected': '{name} {date}, projected',
  'holiday.moves': 'Ends {days} working days later for {list}.',
  'holiday.moves.one': 'Ends 1 working day later for {list}.',
  'chart.holidays': 'Shaded bands: public holidays that take working days from the schedule.',

  // ---- phases ----
  'phase.planning': TE['phase.planning'].name,
  'phase.deployment': TE['phase.deployment'].name,
  'phase.migration': TE['phase.migration'].name,
  'phase.training': TE['phase.training'].name,
  'phase.rollout': TE['phase.rollout'].name,

  // ---- chart ----
  'chart.title': 'Timeline of the five phases',
  'chart.desc':
    'Each bar starts when its phase is likely to start and shows its likely length; the lighter part shows how much longer it could take in the pessimistic case. Deployment and data migration overlap. The table below gives the same figures.',
  'chart.month': 'M{n}',
  'chart.goLive': 'Go-live',
  'chart.firstRelease': 'MVP',
  'chart.legendLikely': 'Likely duration',
  'chart.legendHigh': 'Pessimistic extra',

  // ---- table ----
  'table.caption': 'The phases: when they start and how long they take',
  'table.phase': 'Phase',
  'table.start': 'Starts',
  'table.likely': 'Likely',
  'table.range': 'Range',
  'table.total': 'Whole project',
  'table.week': 'week {n}',
  'table.weeks': '{n} wk',
  'table.rangeWeeks': '{low}–{high} wk',
  'table.dateRange': '{start} – {end}',

  // ---- warnings ----
  'warning.heading': 'Plan around these',
  'warning.none': 'No calendar or project risks stand out for these answers.',
  'warning.december-start.title': 'The project starts in December',
  'warning.december-start.action':
    'At year-end attention drifts and sales staff are out visiting clients, and what is taught before the Spring Festival slow-down ({start} to {end}: the public holiday and the days around it when little gets done) is mostly forgotten after it (source 004). Start once the slow-down is over.',
  'warning.first-month-festival.title': 'The project starts shortly before or during the Spring Festival break',
  'warning.first-month-festival.action':
    'The Spring Festival slow-down from {start} to {end} (the public holiday and the days around it when little gets done) would come in the project’s first weeks, or cut kick-off and the first training in two; people come back having forgotten what they learned (source 004). Start once the slow-down is over.',
  'warning.training-before-festival.title': 'Training falls just before or during the Spring Festival break',
  'warning.training-before-festival.action':
    'After the Spring Festival slow-down from {start} to {end} (the public holiday and the days around it when little gets done, 10–15 days in all), people forget much of what they learned just before (source 004). Schedule training after it, or repeat the key sessions when people return.',
  'warning.go-live-near-festival.title': 'Go-live falls in the Spring Festival break or the two weeks before it',
  'warning.go-live-near-festival.action':
    'A system launched just before the Spring Festival slow-down from {start} to {end} (the public holiday and the days around it when little gets done) sits unused while everyone is away, and the first days back are slow. Go live well before or a few weeks after the festival.',
  'warning.suggestedStart': 'Starting on {date} clears these calendar findings: go-live about {goLive}.',
  'warning.applyStart': 'Start on {date} instead',
  'warning.appliedStart': 'Start date changed to {date}.',
  'warning.switching-vendor.title': 'Switching vendors adds 1–3 months',
  'warning.switching-vendor.action':
    'Budget time to re-map requirements to the new product and to convert and check data from the old system. Run a trial migration on a small batch first.',
  'warning.expansion.title': 'Rapid expansion slows the project',
  'warning.expansion.action':
    'Processes that change every month have to be configured again and again. Settle the core sales and service processes first, or start with a small MVP.',
  'warning.key-staff.title': 'Key staff may leave during the project',
  'warning.key-staff.action':
    'Name two key users per department instead of one, and review the risk with HR before training starts.',
  'warning.low-commitment.title': 'Commitment is low',
  'warning.low-commitment.action':
    'Without an active sponsor and key users with time, every phase slips. Ask an executive to sponsor the project and free up the key users’ hours before you start.',
  'warning.many-integrations.title': 'Many systems to connect',
  'warning.many-integrations.action':
    'Each interface needs specification, testing and an owner on both sides. Connect the essential ones for go-live and phase in the rest.',
  'warning.phase': 'Phase: {phase}',
  'warning.link.when-not-to-start': 'Guide: when not to start a CRM project',
  'warning.link.implementation-timeline': 'Guide: how long a CRM implementation takes',
  'warning.link.team-and-training': 'Guide: the project team and training',
  'warning.link.data-migration': 'Guide: data migration and integration',

  // ---- actions ----
  'action.heading': 'Keep, share or print',
  'action.copyLink': 'Copy share link',
  'action.showQr': 'QR code',
  'action.linkLabel': 'Share link:',
  'action.linkCopied': 'Link copied. Anyone who opens it sees these answers; nothing is stored on a server.',
  'action.linkCopiedStale': 'Link copied, with your last valid answers: the highlighted answer is not in it. Fix it and copy again to share what you see.',
  'action.copyFailed': 'Your browser did not allow copying. Select the link below and copy it:',
  'action.downloadIcs': 'Download milestones (.ics)',
  'action.icsNeedsDate': 'Add a planned start date to download the milestones as calendar events.',
  'action.downloadCsv': 'Download phase table (CSV)',
  'action.download.svg': 'Download chart (SVG)',
  'action.download.png': 'Download chart (PNG, for slides)',
  'action.csvNote': 'The CSV is UTF-8 and opens directly in Excel. In LibreOffice, choose “Unicode (UTF-8)” as the character set when asked.',
  'export.imageName': 'crm-timeline',
  'action.print': 'Print',
  'action.reset': 'Reset to a typical company',
  'action.resetDone': 'Answers reset to a typical medium-sized company.',

  // ---- exported files ----
  'export.calendarName': 'CRM implementation milestones',
  'export.goLive': 'CRM go-live (likely)',
  'months.heading': 'When to start: the next twelve months',
  'months.intro': 'A start on the first of each month, the likely go-live for your answers, and the calendar findings (year-end and Spring Festival) it would raise.',
  'months.caption': 'Start months with their likely go-live and calendar findings',
  'months.start': 'Start on the 1st of',
  'months.goLive': 'Likely go-live',
  'months.check': 'Calendar check',
  'months.actions': 'Use this start',
  'months.clear': 'Clear',
  'months.current': 'Your start month',
  'months.pick': 'Start then',
  'months.pickLabel': ' (start on {date})',
  'export.p80': 'CRM go-live, 80% sure by this date',
  'export.eventDescription': 'Likely dates from the CRM duration estimator of the CRM Implementation Playbook. An estimate: check it with your team and vendor.',
  'export.col.phase': 'Phase',
  'export.col.startWeek': 'Start week',
  'export.col.lowWeeks': 'Optimistic (weeks)',
  'export.col.likelyWeeks': 'Likely (weeks)',
  'export.col.highWeeks': 'Pessimistic (weeks)',
  'export.col.startDate': 'Start date',
  'export.col.endDate': 'End date',
  'export.totalRow': 'Whole project',

  // ---- print ----
  'print.answers': 'Answers used',
  'print.yes': 'Yes',
  'print.no': 'No',
  'print.notGiven': 'Not given',
  'print.generated': 'Made with the CRM Implementation Playbook duration estimator on {date}.',

  // ---- how this is calculated (page only) ----
  'how.intro':
    'The estimate combines the phase durations given in the source documents with the factors those sources say stretch or shorten them. Every number below is the one the tool uses.',
  'how.base.title': 'Base durations',
  'how.base.text':
    'A typical medium-sized company (all levels at 3, cloud SaaS, two systems to connect) gets these three-point ranges per phase. A month counts as 4.33 weeks. The full rollout is followed by continuous improvement, which has no end date and is not counted.',
  'how.base.col.phase': 'Phase',
  'how.base.col.low': 'Optimistic',
  'how.base.col.likely': 'Likely',
  'how.base.col.high': 'Pessimistic',
  'how.base.col.source': 'Source',
  'how.base.editorial': 'our assumption',
  'how.schedule.title': 'How the phases fit together',
  'how.schedule.text':
    'Planning comes first. Data migration starts once half of the deployment is done, because fields and objects must exist before data can be loaded, so the two overlap. Training and the pilot start when both are finished; the company-wide rollout follows, and go-live is the day it ends. With a start date, every week of work is five working days on China’s official calendar: a public holiday moves the dates later by the working days it takes, and each phase, like the go-live, ends on a working day.',
  'how.factors.title': 'What the factors do',
  'how.factors.text':
    'Each answer multiplies the phases it affects; the table shows the multiplier per phase (a dash means no effect). The multipliers of one phase are multiplied together and capped at {cap}×, because beyond that a project is re-scoped rather than extended; no phase is shorter than {min} weeks. The sources name the factors and their direction; the sizes are our judgement, chosen so that the tool reproduces the sources’ own figures (see below).',
  'how.factors.col.answer': 'Answer',
  'how.factor.companySize': 'Company size',
  'how.factor.complexity': 'Business complexity',
  'how.factor.digitalMaturity': 'Digital foundation',
  'how.factor.vendorSupport': 'Vendor or partner support',
  'how.factor.internalCommitment': 'Internal commitment',
  'how.factor.deployment': 'Deployment',
  'how.factor.platform': 'Platform',
  'how.factor.agile': 'MVP first, then iterations',
  'how.factors.integrations':
    'Systems to connect: each system above two adds {deployment}% to deployment and {migration}% to migration (fewer than two takes the same off). From the fifth system on, each counts half, as interfaces are usually built in parallel. A warning appears from {warn} systems.',
  'how.factors.risks':
    'Risks widen the range more than they move the likely value. Rapid expansion: likely ×{expLikely}, pessimistic ×{expHigh} on every phase. A turnover peak among key staff: likely ×{ksLikely}, pessimistic ×{ksHigh} on training and rollout, less on migration.',
  'how.factors.switching':
    'Replacing an existing CRM adds weeks rather than a multiplier: {planning} weeks (likely) to planning and {migration} weeks to migration, between 1 and 3 months in all.',
  'how.sim.title': 'The likely range and the 80% figure',
  'how.sim.text':
    'Optimistic and pessimistic totals put every phase at its best or worst at once, which rarely happens. So the tool also simulates {runs} projects: each phase takes a random length between its optimistic and pessimistic values, most often near the likely one (a triangular distribution). Overruns tend to come together, so in each simulated project a phase follows the project’s common pace {shared}% of the time. "80% chance" is the length that 80% of the simulated projects stay within. The random numbers come from a fixed seed, so the same answers always give the same figures.',
  'how.firstRelease.text':
    'With an MVP first, the first usable release comes after {planning}% of the planning, {build}% of the build work and a {pilot}-week pilot. A no-code vendor (source 002) says a no-code MVP takes a few weeks; we reflect that claim only in a faster first release on a low-code platform (×{lowCode}), not in a shorter project.',
  'how.calendar.title': 'Calendar risks',
  'how.calendar.text':
    'With a start date, each phase gets dates, and four timing rules are checked, the same ones the readiness self-assessment and the plan use: a start in December; a start between 1 January and the end of the Spring Festival break, or a first month (kick-off and first training) that runs into the break; training in the {margin} days before the break or during it; a go-live in the break or the {margin} days before it. Where a rule applies, the tool offers the earliest start that clears them all. The festival date is computed from the Chinese calendar for each year. These rules look at the festival slow-down, not only the public holiday: {days} days, from {before} days before New Year’s Day to {after} days after, the middle of the 10–15 days source 004 describes. It contains the official days off, which is why its dates are wider than the holiday listed with the schedule.',
  'how.checks.title': 'Checked against the sources',
  'how.checks.text':
    'Automated tests hold the tool to the sources: a small, simple, well-prepared company on cloud SaaS is live in 1–3 months (000, 001); a typical medium company takes 3–9 months (000); a large, complex company with little digital groundwork on a custom on-premise build takes 6 months or more (001) and not much over two years; switching vendors adds 1–3 months (000); training and the pilot take about a month (000).',
  'how.limits.title': 'What this is not',
  'how.limits.text':
    'It is a planning aid, not a quote. Real projects depend on scope, on people and on decisions no questionnaire captures. Use it to set expectations and to see which answers move the date the most.',
  'how.sources.title': 'Sources',
  'how.source.000': '000: the five phases and their durations, the four factors, ways to go faster, small companies and vendor switches.',
  'how.source.001': '001: small companies in 1–3 months, large ones in 6 months or more.',
  'how.source.002': '002 (marketing by a no-code vendor): heavily customised CRM in 6–12 months or longer; its claim of a no-code MVP in weeks.',
  'how.source.004': '004: why year-end, the Spring Festival break, rapid expansion and staff turnover are poor times to run a project.',
} as const;

type Keys = keyof typeof en;

const zhCn: Record<Keys, string> = {
  // ---- page ----
  'page.title': 'CRM 实施周期估算器',
  'page.description':
    'CRM 项目要做多久？按阶段估算最可能的工期、区间和 80% 把握的工期，给出日期、甘特图，并提示年底、春节等日历风险。全部在浏览器中计算。',
  'page.lead':
    '填写公司情况和项目选择，估算结果会随之更新：五个阶段各自大约需要多久，何时可能上线，以及需要提前规避的日历和项目风险。',
  'page.noscriptNote': '下面的估算对应一家典型的中型企业（即默认答案）。',
  'page.relatedGuide': '指南：CRM 实施需要多长时间',
  'page.toPlan': '你的答案保存在本浏览器中，并会出现在“我的 CRM 方案”里。',
  'page.toPlanLink': '打开我的 CRM 方案',

  // ---- form groups ----
  'group.company': '公司情况',
  'group.readiness': '准备程度',
  'group.project': '项目选择',
  'group.timing': '时间安排',
  'form.heading': '你的答案',
  'form.fromReadiness':
    '以下内容取自你在准备度自评中的回答：内部投入 {commitment}/5，数字化程度 {maturity}/5，需对接系统 {integrations} 个，快速扩张：{expanding}，骨干流失风险：{turnover}，启动日期：{start}。可以在下方逐项修改。',
  'form.fromReadiness.noStart': '未填写',
  'form.yes': '是',
  'form.no': '否',

  // ---- fields ----
  'field.companySize.label': '公司规模',
  'field.companySize.help': '按全公司员工人数计。公司越大，每个阶段需要协调的人和事越多。',
  'option.companySize.small': '小型：不足 100 人',
  'option.companySize.medium': '中型：100 至 999 人',
  'option.companySize.large': '大型：1000 人及以上',

  'field.complexity.label': '业务复杂度',
  'field.complexity.help': 'CRM 需要覆盖的产品线、地点、业务单元和国家或地区。',
  'option.complexity.1': '1：一条产品线，一个办公地点',
  'option.complexity.2': '2：几类产品，一个主要地点',
  'option.complexity.3': '3：多条产品线或若干区域分支',
  'option.complexity.4': '4：多个业务单元或大量分支机构',
  'option.complexity.5': '5：众多业务单元、地点或国家',

  'field.expanding.label': '公司正处于快速扩张期',
  'field.expanding.help': '新人多、流程常变、数据量激增，会拖慢项目，也让工期更难预测。',

  'field.digitalMaturity.label': '数字化基础',
  'field.digitalMaturity.help': '目前客户和销售数据保存在哪里。数据越零散，迁移越费时。',
  'option.digitalMaturity.1': '1：纸质记录、笔记本和个人表格',
  'option.digitalMaturity.2': '2：共享表格和聊天群',
  'option.digitalMaturity.3': '3：已有部分系统（财务、简易 CRM），数据分散',
  'option.digitalMaturity.4': '4：已有 ERP 等系统，数据基本一致',
  'option.digitalMaturity.5': '5：已有 ERP/SCM，主数据干净规范',

  'field.internalCommitment.label': '内部投入',
  'field.internalCommitment.help': '有高层发起人、关键用户有时间投入，每个阶段都会更快。',
  'option.internalCommitment.1': '1：没有发起人，大家有空才帮忙',
  'option.internalCommitment.2': '2：发起人挂名，团队兼职',
  'option.internalCommitment.3': '3：有发起人和兼职项目组',
  'option.internalCommitment.4': '4：发起人积极参与，关键用户有固定投入时间',
  'option.internalCommitment.5': '5：发起人亲自推动，关键用户全职投入',

  'field.keyStaffTurnover.label': '项目期间预计会有一批关键员工离职',
  'field.keyStaffTurnover.help': '关键用户中途离开会让项目倒退，离开得越晚，损失越大。',

  'field.platform.label': '平台类型',
  'field.platform.help': '配置现成的标准产品，在低代码平台上自行搭建，或者为你定制开发。',
  'option.platform.saas': '标准 SaaS CRM',
  'option.platform.lowCode': '无代码 / 低代码平台',
  'option.platform.custom': '定制开发',

  'field.deployment.label': '部署方式',
  'field.deployment.help': '部署在自有服务器上，需要额外搭建环境、配置网络和制定安全策略。',
  'option.deployment.cloud': '云端部署',
  'option.deployment.hybrid': '混合部署（云端加自有服务器）',
  'option.deployment.onPremise': '本地部署（自有服务器）',

  'field.vendorSupport.label': '供应商或实施伙伴的支持',
  'field.vendorSupport.help': '经验丰富的实施团队能避免项目卡在技术问题上。',
  'option.vendorSupport.1': '1：只有文档，几乎没有协助',
  'option.vendorSupport.2': '2：工单式支持',
  'option.vendorSupport.3': '3：实施顾问部分时间参与',
  'option.vendorSupport.4': '4：有专门的实施团队',
  'option.vendorSupport.5': '5：熟悉本行业的资深实施团队',

  'field.integrations.label': '需要对接的系统数量',
  'field.integrations.help': 'ERP、财务、OA、企业微信、钉钉、电商店铺等，填 0 到 20。',

  'field.switchingVendor.label': '我们要替换现有的 CRM',
  'field.switchingVendor.help': '需求要按新产品重新梳理，数据要在两个系统之间转换，通常会多出 1 到 3 个月。',

  'field.agile.label': '先上线最小可行产品（MVP），再逐步迭代',
  'field.agile.help': '第一版只解决一两个核心需求，之后按短周期持续改进。',

  'field.startDate.label': '计划开始日期',
  'field.startDate.help': '选填。填写后会给出各阶段的日期，并检查是否撞上年底或春节。',

  // ---- validation messages ----
  'error.not-an-object': '无法读取这些答案，请重新填写。',
  'error.missing': '请填写这一项。',
  'error.unknown-option': '请从选项中选择一项。',
  'error.not-a-number': '请输入数字。',
  'error.not-a-whole-number': '请输入整数，不要带小数。',
  'error.out-of-range': '请从列表中选择一个值。',
  'error.not-a-boolean': '请勾选或取消勾选。',
  'error.not-a-date': '请输入有效日期，例如 2026-03-02。',
  'error.integrations.out-of-range': '请输入 0 到 20 之间的数字。',
  'error.startDate.out-of-range': '请选择 1950 年到 2199 年之间的日期。',
  'error.stale': '请先修改标出的答案，估算才会更新。目前显示的是上一组有效答案的结果。',

  // ---- results ----
  'result.heading': '估算结果',
  'result.total': '最可能需要 {likely} 个月（区间 {low}–{high} 个月），有 80% 的把握在 {p80} 个月内完成。',
  'result.weeks': '按周计：最可能 {likely} 周，乐观 {low} 周，悲观 {high} 周。模拟的项目中，一半在 {p50} 周内完成，80% 在 {p80} 周内完成。',
  'result.goLive': '预计上线日期：{date}',
  'result.startPast': '计划开始日期{date}已经过去，这里的日期都是从那天算起的。请填写你现在预计的开始日期。',
  'result.goLiveHint': '填写计划开始日期，即可看到各阶段的日期和日历风险。',
  'result.firstRelease': '第一个可用版本（MVP）：约 {weeks} 周后。',
  'result.announce': '估算已更新：最可能 {likely} 个月，有 80% 的把握在 {p80} 个月内完成。',
  'result.holidays': '工期按工作日计算：排期内的法定节假日共占用 {days} 个工作日，所以日期比单按周数推算的晚一些（{list}）。',
  'result.holidays.one': '工期按工作日计算：排期内的法定节假日共占用 1 个工作日，所以日期比单按周数推算的晚一些（{list}）。',
  'result.noHolidays': '工期按工作日计算：这份排期内没有法定节假日。',
  'result.projected': '{year} 年起的节假日是按规则推算的，可能相差几天：国务院办公厅通常在前一年 11 月公布下一年的放假安排。',
  'holiday.new-year': '元旦',
  'holiday.spring-festival': '春节',
  'holiday.qingming': '清明节',
  'holiday.labour-day': '劳动节',
  'holiday.dragon-boat': '端午节',
  'holiday.mid-autumn': '中秋节',
  'holiday.national-day': '国庆节',
  'holiday.item': '{name} {start}至{end}',
  'holiday.itemProjected': '{name} {start}至{end}（推算）',
  'holiday.day': '{name} {date}',
  'holiday.dayProjected': '{name} {date}（推算）',
  'holiday.moves': '因{list}顺延 {days} 个工作日。',
  'holiday.moves.one': '因{list}顺延 1 个工作日。',
  'chart.holidays': '阴影带：占用工作日的法定节假日。',

  // ---- phases ----
  'phase.planning': TZ['phase.planning'].name,
  'phase.deployment': TZ['phase.deployment'].name,
  'phase.migration': TZ['phase.migration'].name,
  'phase.training': TZ['phase.training'].name,
  'phase.rollout': TZ['phase.rollout'].name,

  // ---- chart ----
  'chart.title': '五个阶段的时间线',
  'chart.desc':
    '每条横条从该阶段最可能的开始时间画起，长度为最可能的工期；浅色部分表示悲观情况下还可能多出的时间。部署与数据迁移有重叠。下表列出同样的数字。',
  'chart.month': '第{n}月',
  'chart.goLive': '上线',
  'chart.firstRelease': 'MVP',
  'chart.legendLikely': '最可能工期',
  'chart.legendHigh': '悲观情况多出的时间',

  // ---- table ----
  'table.caption': '各阶段的开始时间和工期',
  'table.phase': '阶段',
  'table.start': '开始',
  'table.likely': '最可能',
  'table.range': '区间',
  'table.total': '整个项目',
  'table.week': '第 {n} 周',
  'table.weeks': '{n} 周',
  'table.rangeWeeks': '{low}–{high} 周',
  'table.dateRange': '{start} 至 {end}',

  // ---- warnings ----
  'warning.heading': '需要提前规避的风险',
  'warning.none': '按这些答案，没有突出的日历或项目风险。',
  'warning.december-start.title': '项目在 12 月启动',
  'warning.december-start.action':
    '年底人心浮动，销售人员忙着外出拜访客户；春节前后的停摆期（{start}至{end}：法定假期连同节前节后几天，工作基本停滞）之前教的内容，到节后大多会忘掉（资料 004）。建议过完年、等停摆期结束再启动。',
  'warning.first-month-festival.title': '在春节假期前不久或假期当中启动',
  'warning.first-month-festival.action':
    '项目刚起步，春节前后的停摆期（{start}至{end}：法定假期连同节前节后几天，工作基本停滞）就到了，甚至会把启动会和首轮培训拦腰截断；员工回来后学过的东西已经忘了（资料 004）。建议等停摆期结束再启动。',
  'warning.training-before-festival.title': '培训安排在春节假期前夕或假期当中',
  'warning.training-before-festival.action':
    '春节前后的停摆期（{start}至{end}：法定假期连同节前节后几天，前后共十到十五天）过后，节前学的内容大多会忘掉（资料 004）。建议把培训安排在节后，或在大家返岗后把关键内容再讲一遍。',
  'warning.go-live-near-festival.title': '上线日落在春节假期或假期前两周内',
  'warning.go-live-near-festival.action':
    '在春节前后的停摆期（{start}至{end}：法定假期连同节前节后几天，工作基本停滞）之前刚上线的系统会闲置到节后，返岗头几天也难进入状态。建议在节前留足时间上线，或推迟到节后几周。',
  'warning.suggestedStart': '改在{date}启动可以避开以上日历风险，预计上线时间约为{goLive}。',
  'warning.applyStart': '改为{date}启动',
  'warning.appliedStart': '启动日期已改为{date}。',
  'warning.switching-vendor.title': '更换供应商会多出 1–3 个月',
  'warning.switching-vendor.action': '要留出时间按新产品重新梳理需求，并转换、核对旧系统的数据。先用一小批数据试迁移。',
  'warning.expansion.title': '快速扩张会拖慢项目',
  'warning.expansion.action': '流程每个月都在变，系统就得一遍遍重新配置。先把核心的销售和服务流程定下来，或者从一个小范围的 MVP 做起。',
  'warning.key-staff.title': '项目期间关键员工可能离职',
  'warning.key-staff.action': '每个部门的关键用户由一名增加到两名，并在培训开始前与人力资源部门一起评估这一风险。',
  'warning.low-commitment.title': '内部投入不足',
  'warning.low-commitment.action': '没有积极的发起人、关键用户又抽不出时间，每个阶段都会拖延。开始前请一位高层担任发起人，并为关键用户留出固定时间。',
  'warning.many-integrations.title': '需要对接的系统较多',
  'warning.many-integrations.action': '每个接口都要写清规格、做好测试，并在两边各有负责人。上线时先接通必需的系统，其余分批接入。',
  'warning.phase': '所在阶段：{phase}',
  'warning.link.when-not-to-start': '指南：什么时候不宜启动 CRM 项目',
  'warning.link.implementation-timeline': '指南：CRM 实施需要多长时间',
  'warning.link.team-and-training': '指南：项目团队与培训',
  'warning.link.data-migration': '指南：数据迁移与系统集成',

  // ---- actions ----
  'action.heading': '保存、分享或打印',
  'action.copyLink': '复制分享链接',
  'action.showQr': '二维码',
  'action.linkLabel': '分享链接：',
  'action.linkCopied': '链接已复制。打开链接的人会看到这组答案；服务器上不保存任何内容。',
  'action.linkCopiedStale': '链接已复制，其中是你最后一次的有效答案：标出的那一项不在链接里。改正后再复制一次，分享的才是你现在看到的内容。',
  'action.copyFailed': '浏览器不允许自动复制。请选中下面的链接手动复制：',
  'action.downloadIcs': '下载里程碑日历（.ics）',
  'action.icsNeedsDate': '填写计划开始日期后，才能把里程碑下载为日历事件。',
  'action.downloadCsv': '下载阶段表（CSV）',
  'action.download.svg': '下载图表（SVG）',
  'action.download.png': '下载图表（PNG，可放入幻灯片）',
  'action.csvNote': 'CSV 为 UTF-8 编码，可直接用 Excel 打开；用 LibreOffice 打开时，如询问字符集，请选择“Unicode (UTF-8)”。',
  'export.imageName': 'CRM实施时间线',
  'action.print': '打印',
  'action.reset': '恢复为典型企业的答案',
  'action.resetDone': '已恢复为典型中型企业的答案。',

  // ---- exported files ----
  'export.calendarName': 'CRM 实施里程碑',
  'export.goLive': 'CRM 上线（预计）',
  'months.heading': '什么时候启动：未来十二个月',
  'months.intro': '假设在每个月的 1 日启动：按你的答案估算的最可能上线时间，以及会触发哪些日历风险（年底和春节）。',
  'months.caption': '各启动月份的最可能上线时间与日历风险',
  'months.start': '启动月份（1 日）',
  'months.goLive': '最可能上线',
  'months.check': '日历检查',
  'months.actions': '采用这个启动日期',
  'months.clear': '无风险',
  'months.current': '当前的启动月份',
  'months.pick': '选这个月',
  'months.pickLabel': '（{date}启动）',
  'export.p80': 'CRM 上线（有八成把握的日期）',
  'export.eventDescription': '日期来自《CRM 实施手册》的实施周期估算器，仅为估算，请与团队和供应商确认。',
  'export.col.phase': '阶段',
  'export.col.startWeek': '开始周',
  'export.col.lowWeeks': '乐观（周）',
  'export.col.likelyWeeks': '最可能（周）',
  'export.col.highWeeks': '悲观（周）',
  'export.col.startDate': '开始日期',
  'export.col.endDate': '结束日期',
  'export.totalRow': '整个项目',

  // ---- print ----
  'print.answers': '所用答案',
  'print.yes': '是',
  'print.no': '否',
  'print.notGiven': '未填写',
  'print.generated': '由《CRM 实施手册》实施周期估算器于 {date} 生成。',

  // ---- how this is calculated (page only) ----
  'how.intro': '估算把资料中给出的各阶段工期，与资料所说会拉长或缩短工期的因素结合起来。下面列出的每个数字，都是工具实际使用的数字。',
  'how.base.title': '基准工期',
  'how.base.text':
    '一家典型的中型企业（各项等级均为 3、云端 SaaS、对接两个系统）各阶段采用下面的三点区间。一个月按 4.33 周计。全面推广之后还有持续优化，它没有终点，不计入工期。',
  'how.base.col.phase': '阶段',
  'how.base.col.low': '乐观',
  'how.base.col.likely': '最可能',
  'how.base.col.high': '悲观',
  'how.base.col.source': '来源',
  'how.base.editorial': '本站假设',
  'how.schedule.title': '各阶段如何衔接',
  'how.schedule.text':
    '先做规划。部署完成一半后开始数据迁移，因为字段和对象要先建好，数据才能导入，所以两者有重叠。两者都完成后开始培训和试点，随后全面推广，推广结束之日即为上线日期。填写开始日期后，每周工作按国务院公布的日历折合 5 个工作日：法定节假日占用几个工作日，日期就顺延几天；每个阶段和上线日都落在工作日。',
  'how.factors.title': '各因素的作用',
  'how.factors.text':
    '每个答案会给受影响的阶段乘上一个系数，下表列出各阶段的系数（“—”表示没有影响）。同一阶段的系数相乘，最高不超过 {cap} 倍，因为超过这个程度，项目通常会缩小范围而不是一味延长；任何阶段都不少于 {min} 周。资料指出了有哪些因素以及影响的方向，系数的大小是本站的判断，取值使工具能重现资料本身给出的数字（见下文）。',
  'how.factors.col.answer': '答案',
  'how.factor.companySize': '公司规模',
  'how.factor.complexity': '业务复杂度',
  'how.factor.digitalMaturity': '数字化基础',
  'how.factor.vendorSupport': '供应商或实施伙伴的支持',
  'how.factor.internalCommitment': '内部投入',
  'how.factor.deployment': '部署方式',
  'how.factor.platform': '平台类型',
  'how.factor.agile': '先做 MVP 再迭代',
  'how.factors.integrations':
    '需要对接的系统：超过两个后，每多一个系统，部署增加 {deployment}%，迁移增加 {migration}%（少于两个则相应减少）。从第五个系统起，每个按一半计算，因为接口通常可以并行开发。达到 {warn} 个系统时会给出提醒。',
  'how.factors.risks':
    '风险因素主要拉宽区间，对最可能值的影响较小。快速扩张：每个阶段最可能值 ×{expLikely}，悲观值 ×{expHigh}。关键员工离职高峰：培训和推广的最可能值 ×{ksLikely}，悲观值 ×{ksHigh}，对迁移的影响小一些。',
  'how.factors.switching':
    '替换现有 CRM 时按周数累加，而不是乘以系数：规划增加 {planning} 周（最可能值），迁移增加 {migration} 周，合计在 1 到 3 个月之间。',
  'how.sim.title': '区间与 80% 把握的工期',
  'how.sim.text':
    '乐观和悲观的总工期假定每个阶段同时处于最好或最坏的情况，这很少发生。所以工具还模拟了 {runs} 个项目：每个阶段的工期在乐观值和悲观值之间随机取值，越接近最可能值越常见（三角分布）。超期往往接连出现，所以在每个模拟项目中，各阶段有 {shared}% 的概率跟随整个项目的共同节奏。“80% 的把握”是指 80% 的模拟项目能在这个工期内完成。随机数来自固定的种子，同样的答案总会得到同样的数字。',
  'how.firstRelease.text':
    '选择先做 MVP 时，第一个可用版本在完成 {planning}% 的规划、{build}% 的搭建工作和 {pilot} 周试点之后推出。一家无代码厂商（资料 002）称无代码 MVP 只需几周；我们只在低代码平台的首个版本上体现这一说法（×{lowCode}），不缩短整个项目的工期。',
  'how.calendar.title': '日历风险',
  'how.calendar.text':
    '填写开始日期后，每个阶段都有具体日期，并按四条时机规则检查（准备度自评和“我的 CRM 方案”用的是同一套规则）：12 月启动；在 1 月 1 日到春节假期结束之间启动，或第一个月（启动会和首轮培训）撞上春节假期；培训安排在春节假期前 {margin} 天内或假期当中；上线日落在假期当中或假期前 {margin} 天内。只要有一条命中，工具就会给出能避开全部规则的最早启动日期。每年的春节日期按农历计算。这些规则看的是春节前后的停摆期，而不只是法定假期：按 {days} 天计，从正月初一前 {before} 天到初一后 {after} 天，取资料 004 所说十到十五天的中间值。它涵盖法定放假的日子，所以起止日期比排期里列出的春节假期更宽。',
  'how.checks.title': '与资料的核对',
  'how.checks.text':
    '自动化测试确保工具与资料一致：规模小、业务简单、准备充分、使用云端 SaaS 的公司 1–3 个月上线（000、001）；典型中型企业需要 3–9 个月（000）；规模大、业务复杂、数字化基础薄弱、本地部署定制开发的公司需要 6 个月以上（001），但不会远超两年；更换供应商增加 1–3 个月（000）；培训和试点约需一个月（000）。',
  'how.limits.title': '这个工具不能做什么',
  'how.limits.text':
    '它是规划辅助工具，不是报价。真实项目取决于范围、人员和问卷无法涵盖的各种决定。请用它来校准预期，并看看哪些答案对日期影响最大。',
  'how.sources.title': '资料来源',
  'how.source.000': '000：五个阶段及其工期、四个影响因素、加快进度的方法、小型企业和更换供应商的情况。',
  'how.source.001': '001：小型企业 1–3 个月，大型企业 6 个月以上。',
  'how.source.002': '002（一家无代码厂商的营销文章）：深度定制的 CRM 需要 6–12 个月或更久；以及其无代码 MVP 几周即可完成的说法。',
  'how.source.004': '004：为什么年底、春节假期、快速扩张期和人员流动高峰不适合推进项目。',
};

export const strings = { 'zh-cn': zhCn, en } as const satisfies Record<Locale, Record<Keys, string>>;

export type DurationKey = Keys;
export type DurationStrings = Record<Keys, string>;

/** The strings the island needs (everything except the page-only `page.` and `how.` keys). */
export function islandStrings(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(strings[locale]).filter(([key]) => !key.startsWith('page.') && !key.startsWith('how.')),
  );
}
