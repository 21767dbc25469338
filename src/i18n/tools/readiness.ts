import type { Locale } from '@/i18n/locales';
import { TERMS } from '../terms';

// Verdict titles come from the one vocabulary list (src/i18n/terms.ts).
const TE = TERMS.en;
const TZ = TERMS['zh-cn'];

// Every string of the readiness self-assessment, in both languages, with identical keys (checked by a unit test).
// Question, option, flag and action texts live here (`q.<id>.*`, `flag.<code>.*`, `action.<code>.*`) so
// the model stays free of text and the island receives only its own locale's strings. Placeholders: `{name}`.

const en = {
  // ---- page ----
  'print.includeMethod': 'Include this method when printing',
  'page.title': 'CRM readiness self-assessment: is now the right time?',
  'page.description':
    'Twelve plain questions about goals, sponsorship, processes, data, people, timing and IT. Get a verdict (go, go with care, or wait), the red flags behind it and what to do first. Runs in your browser.',
  'page.lead':
    'Answer twelve plain questions and find out whether to start your CRM project now, start with care, or wait — with the red flags behind the verdict and what to do first.',
  'page.planNote': 'Your answers are saved in this browser and appear in My CRM plan.',
  'page.planLink': 'Open my plan',

  // ---- steps and navigation ----
  'step.strategy.title': 'Goals, sponsor and budget',
  'step.strategy.intro': 'Why the company wants a CRM, and who stands behind it.',
  'step.process.title': 'Processes',
  'step.process.intro': 'A CRM runs on your processes, so they come before the software.',
  'step.data.title': 'Customer data',
  'step.data.intro': 'What will go into the new system on day one.',
  'step.people.title': 'People',
  'step.people.intro': 'Who will build the system with you, and who will have to use it.',
  'step.timing.title': 'Timing',
  'step.timing.intro': 'Some moments are simply bad for starting a CRM project.',
  'step.technology.title': 'IT and integration',
  'step.technology.intro': 'How much technical work the project will need, and who can do it.',
  'step.result.title': 'Your result',
  'progress.step': 'Step {current} of {total}',
  'progress.answered': '{answered} of {total} questions answered',
  'nav.steps': 'Steps of the check',
  'nav.back': 'Back',
  'nav.next': 'Next',
  'nav.result': 'See my result',
  'nav.edit': 'Change my answers',
  'nav.restart': 'Start over',
  'nav.stepDone': 'complete',
  'nav.stepOpen': 'not complete',
  'step.incomplete': '{count} question(s) on this step still need an answer.',
  'result.incomplete': 'Answer every question to see the verdict. Still open: {list}.',
  'result.goTo': 'Go to the first open question',

  // ---- questions: label, why it matters, options (best first) ----
  'q.goalsDefined.label': 'Do you know what the CRM should achieve?',
  'q.goalsDefined.why':
    'Without measurable goals nobody can say whether the project worked; 003 puts a missing CRM strategy and unclear goals among the main causes of failure.',
  'q.goalsDefined.option.smart': 'Yes: written, measurable targets with deadlines (say, win rate +10% within a year)',
  'q.goalsDefined.option.vague': 'Roughly: “better service”, “more sales”',
  'q.goalsDefined.option.none': 'Not yet: we just feel we need one',

  'q.executiveSponsor.label': 'Is a senior leader backing the project?',
  'q.executiveSponsor.why':
    'The sponsor provides people and money and settles arguments between departments; 002 describes a CRM as a project that must be driven from the top.',
  'q.executiveSponsor.option.active': 'Yes: the owner or a director leads it and makes time for it',
  'q.executiveSponsor.option.nominal': 'In name only: they approved it but stay out of it',
  'q.executiveSponsor.option.none': 'No: the idea comes from below or from IT',

  'q.budget.label': 'Is there a budget for the whole project?',
  'q.budget.why':
    'Licences are only part of the cost: set-up, data clean-up and training need money too, and a project that runs dry stops half-way.',
  'q.budget.option.approved': 'Yes: approved, covering software, set-up and training',
  'q.budget.option.partial': 'Partly: licences only, or still under discussion',
  'q.budget.option.none': 'No budget yet',

  'q.processesDefined.label': 'Are your sales and service processes defined?',
  'q.processesDefined.why':
    'A CRM puts your processes into software. If they are not agreed, there is nothing stable to configure (002, 004).',
  'q.processesDefined.option.documented': 'Yes: written down and followed (stages, hand-offs, approvals)',
  'q.processesDefined.option.partly': 'Partly: some teams have their own way of working',
  'q.processesDefined.option.none': 'No: everyone works as they see fit',

  'q.dataState.label': 'Where are your customer records today?',
  'q.dataState.why':
    'Poor data quality is one of the root causes of failure in 003, and collecting and cleaning scattered records takes weeks before migration.',
  'q.dataState.option.clean': 'In one system, mostly complete and without duplicates',
  'q.dataState.option.scattered': 'Scattered across Excel files, WeChat chats and notebooks',
  'q.dataState.option.paper': 'Mostly on paper, or in people’s heads',

  'q.projectTeam.label': 'Is there a project team?',
  'q.projectTeam.why':
    'A CRM is not an IT-only job: 002 describes a team of sponsor, project manager, business users and IT, and 000 names a strong cross-functional team as the first way to go faster.',
  'q.projectTeam.option.crossFunctional': 'Yes: people from sales, service, marketing and IT',
  'q.projectTeam.option.itOnly': 'Only IT, or only the vendor, is working on it',
  'q.projectTeam.option.none': 'Nobody has been assigned yet',

  'q.keyUsersAvailable.label': 'Can each department spare a key user for the project?',
  'q.keyUsersAvailable.why':
    'Key users explain how the work is really done and later train their colleagues. They need time for both.',
  'q.keyUsersAvailable.option.dedicated': 'Yes, with agreed hours set aside for the project',
  'q.keyUsersAvailable.option.partTime': 'Only in spare moments, on top of their normal job',
  'q.keyUsersAvailable.option.none': 'No: everyone is fully booked',

  'q.userAttitude.label': 'How do the future users feel about a CRM?',
  'q.userAttitude.why':
    'A system nobody uses has failed, however well it was built; low adoption is one of the root causes in 003.',
  'q.userAttitude.option.eager': 'Keen: they are asking for it',
  'q.userAttitude.option.neutral': 'Indifferent, or nobody has asked them',
  'q.userAttitude.option.resistant': 'Wary: they expect extra typing or being watched',

  'q.companyStage.label': 'Which best describes the company right now?',
  'q.companyStage.why':
    'While a company expands fast or has just been founded, processes change from month to month and everyone is out winning customers (004).',
  'q.companyStage.option.stable': 'Established and growing at a steady pace',
  'q.companyStage.option.expanding': 'Expanding fast: new sites, teams or product lines',
  'q.companyStage.option.newlyFounded': 'Newly founded (about a year old or less)',

  'q.keyStaffTurnover.label': 'Do you expect key staff to leave in the coming months?',
  'q.keyStaffTurnover.why':
    'Losing a key user in the middle of the project is very damaging, and the later it happens the harder it is to repair (004).',
  'q.keyStaffTurnover.option.low': 'No: the team is stable',
  'q.keyStaffTurnover.option.high': 'Yes: a wave of departures is likely (after bonuses are paid, for instance)',

  'q.plannedStart.label': 'When do you plan to start? (optional)',
  'q.plannedStart.why': 'Year-end and the weeks around the Spring Festival are poor moments to kick off (004).',
  'q.plannedStart.help': 'Leave it empty to check whether starting today is a good idea.',
  'q.plannedStart.clear': 'Clear the date',

  'q.itCapability.label': 'What IT support do you have in-house?',
  'q.itCapability.why':
    'With little in-house IT, a mature product with light configuration is safer than building your own (000).',
  'q.itCapability.option.strong': 'A team that can configure systems and build integrations',
  'q.itCapability.option.basic': 'One or two people who look after computers and accounts',
  'q.itCapability.option.none': 'None: we rely on outside help',

  'q.integrationNeeds.label': 'Which other systems must the CRM connect to?',
  'q.integrationNeeds.why':
    'Every connection (ERP, finance, OA, WeCom or DingTalk) adds mapping and testing to the project, and weak integration leaves data silos (003).',
  'q.integrationNeeds.option.none': 'None: it can stand alone at first',
  'q.integrationNeeds.option.few': 'One or two, such as finance or WeCom',
  'q.integrationNeeds.option.many': 'Several: ERP, finance, OA, online shop…',

  // ---- validation (every code of validateReadinessAnswers) ----
  'error.missing': 'Please choose an answer.',
  'error.unknown-option': 'This answer is not one of the options. Please choose again.',
  'error.not-a-date': 'Enter a real date as YYYY-MM-DD, between 1950 and 2199.',

  // ---- dimensions ----
  'dimension.strategy': 'Strategy',
  'dimension.process': 'Process',
  'dimension.data': 'Data',
  'dimension.people': 'People',
  'dimension.timing': 'Timing',
  'dimension.technology': 'Technology',

  // ---- result ----
  'result.heading': 'Your result',
  'label.colon': ': ',
  'label.sentenceGap': ' ',
  'result.verdictLabel': 'Verdict',
  'result.scoreLabel': 'Readiness score',
  'result.score': '{score} out of 100',
  'verdict.go.title': TE['verdict.go'].name,
  'verdict.go.sentence': 'Now is a good time to start: your foundations are in place and nothing in your timing argues against it.',
  'verdict.go-with-care.title': TE['verdict.goWithCare'].name,
  'verdict.go-with-care.sentence': 'You can start, but deal with the red flags and weak spots below first, and keep the first release small.',
  'verdict.wait.title': TE['verdict.wait'].name,
  'verdict.wait.sentence': 'Starting now is likely to fail. Put the basics below in place first, then take the check again.',
  'verdictReason.heading': 'Why this verdict',
  'verdictReason.unsettled-company':
    'The company is expanding fast or newly founded and its processes are not written down; 004 advises waiting until operations settle.',
  'verdictReason.missing-foundations':
    'Three or more foundations are missing (executive sponsor, goals, processes, budget, project team).',
  'verdictReason.low-score': 'The score is below {care}, the lowest score for starting with care.',
  'verdictReason.red-flags': 'At least one red flag is raised, and any red flag limits the verdict to “go with care”.',
  'verdictReason.middling-score': 'The score is below {go}, the score needed for a clear “go”.',
  'verdictReason.all-clear': 'The score is {go} or more and no red flag is raised.',

  'chart.title': 'Readiness by dimension',
  'chart.label': 'Radar chart of the six dimension scores: {summary}. The same figures are in the table below.',
  'table.caption': 'Score by dimension (0-100)',
  'table.dimension': 'Dimension',
  'table.score': 'Score',

  'start.planned': 'Planned start: {date}.',
  'start.today': 'No start date given, so today ({date}) was checked.',
  'start.inPast': 'That date has already passed. Enter the date you now expect to start.',
  'start.festival': 'Spring Festival {year} falls on {date}; the break to plan around runs from about {start} to {end}.',
  'start.suggested': 'Earliest start we suggest: {date}.',
  'start.estimator': 'Training and go-live are placed as in your duration estimate, with its answers to what these questions do not ask: {list}.',
  'start.estimatorTypical': 'Training and go-live are placed as in your duration estimate, whose answers to what these questions do not ask are a typical company’s.',
  'estimator.platform': 'platform: {value}',
  'estimator.platform.saas': 'standard SaaS CRM',
  'estimator.platform.lowCode': 'no-code / low-code platform',
  'estimator.platform.custom': 'custom development',
  'estimator.deployment': 'deployment: {value}',
  'estimator.deployment.cloud': 'cloud',
  'estimator.deployment.hybrid': 'hybrid',
  'estimator.deployment.onPremise': 'on premise',
  'estimator.companySize': 'company size: {value}',
  'estimator.companySize.small': 'small',
  'estimator.companySize.medium': 'medium',
  'estimator.companySize.large': 'large',
  'estimator.complexity': 'business complexity {value} of 5',
  'estimator.vendorSupport': 'vendor support {value} of 5',
  'estimator.switchingVendor': 'replacing an existing CRM',
  'estimator.agile': 'a minimum viable product first',

  'flags.heading': 'Red flags',
  'flags.none': 'No red flags.',
  'flags.source': 'Source: {sources}',
  'source.vendor': '{source} (a no-code vendor’s article)',
  'flag.newly-founded.title': 'The company is newly founded',
  'flag.newly-founded.reason':
    'A young company has no settled processes for a CRM to build on, and nobody free to work on the project. 004 recounts a new training firm whose CRM project made no headway for months and was put on hold until the business found its feet.',
  'flag.expansion.title': 'The company is expanding fast',
  'flag.expansion.reason':
    'During rapid growth the processes keep changing and people are busy winning new customers, while a CRM’s strength is keeping existing ones (004). Staff churn and fast-growing data also slow the implementation down (000).',
  'flag.no-sponsor.title': 'No executive sponsor',
  'flag.no-sponsor.reason':
    'Without a senior leader to provide resources and settle conflicts between departments, the project stalls. 002 names the executive sponsor as the first role of the team; 000 counts internal backing among the factors that decide how long the project takes.',
  'flag.no-goals.title': 'No goals defined',
  'flag.no-goals.reason':
    'Without goals there is no basis for choosing features and no way to judge success. 003 puts the lack of a CRM strategy and of clear goals first among the causes of failure; 002 starts its framework with goals and KPIs.',
  'flag.no-processes.title': 'Processes not defined',
  'flag.no-processes.reason':
    'A CRM encodes how you sell and serve. Without agreed stages, hand-offs and approvals there is nothing stable to configure. 002 asks for the lead-to-cash process to be mapped before a system is chosen; 003 counts processes that do not fit among the root causes of failure.',
  'flag.no-budget.title': 'No budget',
  'flag.no-budget.reason':
    'Software, set-up, data clean-up and training all cost money. 003 notes that when a CRM project fails, the money, time and people put into it are lost; a project that runs out of money half-way is one way to get there. Where money is short, 002 advises starting with the most pressing needs only (a vendor’s advice).',
  'flag.no-team.title': 'No project team',
  'flag.no-team.reason':
    'Built without people from the business, a CRM drifts away from how the work is done and ends up unused. 002 describes the cross-functional team the project needs; 000 names a strong team as the first accelerator.',
  'flag.key-staff-turnover.title': 'A turnover peak among key staff',
  'flag.key-staff-turnover.reason':
    'Each department usually sends one key user who later trains the others. If that person leaves mid-project, nobody can take over quickly, and the later it happens the worse (004).',
  'flag.year-end.title': 'Starting in December',
  'flag.year-end.reason':
    'At year-end attention drifts, sales people are out seeing clients, and whatever is taught before the 10-15-day Spring Festival break is mostly forgotten after it. 004 advises starting after the new year.',
  'flag.spring-festival.title': 'Starting shortly before or during the Spring Festival',
  'flag.spring-festival.reason':
    'A break of about two weeks would come in the project’s first weeks, or cut kick-off and first training in two; people come back having forgotten what they learned and need time to get going again. 004 counts the weeks before the festival with year-end: start once it is over.',
  'flag.training-before-festival.title': 'Training would fall just before or during the Spring Festival',
  'flag.training-before-festival.reason':
    'On the estimator’s likely schedule for a company like yours, training lands in the two weeks before the break or in it; what is taught then is mostly forgotten over the 10–15 days off (004).',
  'flag.go-live-near-festival.title': 'Go-live would fall in the Spring Festival break or just before it',
  'flag.go-live-near-festival.reason':
    'On the estimator’s likely schedule, the system would go live in the break or the two weeks before it, then sit unused while everyone is away.',

  'actions.heading': 'What to do first',
  'actions.intro': 'In order of importance. Each links to the guide that explains how.',
  'actions.guide': 'Guide: {title}',
  'actions.more': 'Show {count} more actions',
  'action.postpone-until-stable.title': 'Postpone until operations settle',
  'action.postpone-until-stable.text':
    'Use the time to write down how you sell and serve. Take this check again once teams and processes stop changing every month.',
  'action.start-after-festival.title': 'Move the start clear of year-end and the Spring Festival',
  'action.start-after-festival.text':
    'Plan the kick-off for {date} or later: from then on, neither the first month, nor training, nor go-live runs into year-end or the festival break. Until then, do the groundwork that needs few people: goals, process maps, a data inventory.',
  'action.secure-sponsor.title': 'Get an active executive sponsor',
  'action.secure-sponsor.text':
    'Ask the owner or a director to lead the project visibly: set its priority, free people’s time and settle disputes between departments.',
  'action.set-smart-goals.title': 'Set SMART goals',
  'action.set-smart-goals.text':
    'Turn the wish into two or three measurable targets with a deadline, such as “complaint rate down 15% within a year”. The KPI builder helps.',
  'action.map-pain-points.title': 'List what each department wants solved',
  'action.map-pain-points.text':
    'Ask sales, marketing and service what slows them down today. Your goals will come from those problems.',
  'action.define-processes.title': 'Write down your core processes',
  'action.define-processes.text':
    'Map at least the path from lead to payment: the stages, who hands over to whom, which approvals apply. That map becomes the CRM’s configuration.',
  'action.secure-budget.title': 'Agree a budget for the whole project',
  'action.secure-budget.text':
    'Cover software or build costs, implementation, data clean-up, training and the first year of running costs, not just the first invoice.',
  'action.form-project-team.title': 'Form a cross-functional project team',
  'action.form-project-team.text':
    'A sponsor, a project manager, key users from sales, service and marketing, and someone from IT to administer the system.',
  'action.two-key-users-per-department.title': 'Name two key users per department and review the risk with HR',
  'action.two-key-users-per-department.text':
    'Sit down with HR to see who may leave during the project, and involve two key users per department instead of one, so a departure does not stop the work.',
  'action.free-key-users.title': 'Give the key users time',
  'action.free-key-users.text':
    'Agree with their managers how many hours a week each key user spends on the project, and lower their other targets to match.',
  'action.limit-scope-while-growing.title': 'Keep the first release small while you grow',
  'action.limit-scope-while-growing.text':
    'Start with one or two core needs, such as customer records and opportunity follow-up, and add the rest once the organisation settles.',
  'action.clean-data.title': 'Gather and clean your customer data',
  'action.clean-data.text':
    'Bring the records from spreadsheets, chats and notebooks into one list, remove duplicates and fill the gaps before migration begins.',
  'action.prepare-users.title': 'Win the users over early',
  'action.prepare-users.text':
    'Involve a few respected users in the design, show what the CRM saves them, and tie its use to incentives.',
  'action.plan-integrations.title': 'Plan the integrations early',
  'action.plan-integrations.text':
    'List every system to connect, which data flows which way and who owns each interface; try each link with a small batch first.',
  'action.choose-mature-product.title': 'Prefer a mature product with light configuration',
  'action.choose-mature-product.text':
    'With little in-house IT, a standard cloud product and an experienced implementation partner carry less risk than custom development.',
  'action.start-with-mvp.title': 'Start with a small first release',
  'action.start-with-mvp.text': 'Put one or two core processes in front of a pilot team, learn from it, then extend.',
  'action.estimate-duration.title': 'Estimate the timeline',
  'action.estimate-duration.text':
    'See how long a project like yours usually takes, phase by phase, and plan the dates with the duration estimator.',
  'action.learn-from-failures.title': 'Go through the common causes of failure',
  'action.learn-from-failures.text': 'Check each cause on the list against your plan before you commit money.',
  'action.read-case-studies.title': 'Learn from other companies’ projects',
  'action.read-case-studies.text': 'See how a manufacturer and an online-education company ran into trouble, and how they recovered.',

  // ---- hand-off, share, print ----
  'handoff.heading': 'Next: how long will it take?',
  'handoff.text':
    'Take your answers on commitment, your customer data, the systems to connect, expansion, key-staff turnover and the planned start into the duration estimator.',
  'handoff.summary': 'Commitment {level} of 5 · digital maturity {maturity} of 5 · systems to connect: {integrations} · expanding: {expanding} · key-staff turnover: {turnover} · start: {start}',
  'handoff.company': '· company: {company}',
  'handoff.button': 'Open the duration estimator with these answers',
  'handoff.noStart': 'not set',
  'yes': 'yes',
  'no': 'no',
  'share.heading': 'Share or print',
  'share.fallback': 'Copy this link:',
  'answers.heading': 'Your answers',
  'answers.unanswered': 'Not answered',
  'answers.noDate': 'No date planned',
  'print.title': 'CRM readiness self-assessment',
  'print.date': 'Result of {date}',
  'print.unfinished': 'This self-assessment is not finished: {answered} of {total} questions answered. Its result, with the verdict, the flags and what to do first, prints once every question is answered.',
  'notice.startFromProfile': 'Planned start {date}, as you last set it in another tool (it was {old} here).',

  // ---- build-time content: all questions (no JavaScript) and "how this is calculated" ----
  'static.heading': 'All the questions',
  'static.intro': 'Without JavaScript the check cannot score your answers, but here is everything it asks, by step.',
  'how.intro':
    'The check turns your twelve answers, and the start date if you give one, into a score, six dimension scores, red flags and a verdict. The rules come from the source documents named below; the weights and points are our editorial judgement and are shown here in full.',
  'how.score.heading': 'The score',
  'how.score.text':
    'Each answer earns between 0 and 1 point (the best answer 1, the worst 0) and counts with its question’s weight. A dimension scores its questions’ points as a share of their weights; the overall score does the same over all questions, so heavier questions count for more. The start date counts in “timing” with weight {weight}: full points unless it raises the year-end or Spring Festival flag. Without any date it is left out.',
  'how.table.caption': 'Questions, weights and points per answer',
  'how.table.question': 'Question',
  'how.table.dimension': 'Dimension',
  'how.table.weight': 'Weight',
  'how.table.points': 'Points per answer',
  'how.verdict.heading': 'How the verdict is reached',
  'how.rule.score': 'A score of {go} or more means go; from {care} to {goBelow}, go with care; under {care}, wait.',
  'how.rule.unsettled':
    'A company that is expanding fast or newly founded and has not written its processes down should wait, whatever its score (004).',
  'how.rule.foundations': 'Three or more missing foundations (no sponsor, goals, processes, budget or team) also mean wait.',
  'how.rule.flags':
    'Any red flag caps the verdict at go with care: no sponsor, no goals, no budget or no team (002, 003), expansion, a newly founded company, a key-staff turnover peak, and the four timing findings (004).',
  'how.rule.monotone':
    'Every rule can only lower the verdict, and a better answer can only raise the score or remove a flag, so improving an answer never makes the verdict worse.',
  'how.calendar.heading': 'Year-end and the Spring Festival',
  'how.calendar.text':
    'A start in December raises the year-end flag. The Spring Festival flag is raised when the start falls between 1 January and the end of the festival break, or the first month after it overlaps the break, which we take as three days before to eight days after Chinese New Year’s Day: about twelve days, the middle of the 10-15 days 004 mentions. Your browser computes the festival date from the Chinese calendar, the same way as the duration estimator. Without a planned start, today’s date is checked. Training and go-live are placed on the duration estimator’s likely schedule for your answers (and company size, when known), and flagged in the break or the two weeks before it, exactly as the estimator does. The suggested start is the earliest date that clears every one of these findings.',
  'how.actions.heading': 'How the actions are ordered',
  'how.actions.text':
    'First what removes a reason to wait or a red flag, then what fills a gap (the worst answer to a question), then what strengthens a weak answer, then the next steps any project needs. Each action links to the guide that explains it.',
  'how.flags.heading': 'Red flags and their sources',
  'how.handoff.heading': 'What the duration estimator receives',
  'how.handoff.text':
    'Commitment from 1 to 5 (the average of the sponsor, team and key-user answers, spread over five levels); digital maturity from your customer data (on paper 1, scattered over Excel, WeChat and notebooks 2, clean and in one place 4); the systems to connect (none 0, a few 2, many 6); expansion (expanding fast or newly founded); the key-staff turnover answer and the planned start. The estimator uses them to adjust its phases and says on arrival what it took from here.',
  'how.example.heading': 'Worked example: a typical company',
  'how.example.text':
    'Goals still vague, an owner who backs the project, processes partly defined, customer data in spreadsheets and chats, a cross-functional team with part-time key users, a partial budget, basic IT, users neither keen nor hostile, one or two integrations, no start date:',
  'how.example.result': 'Score {score} out of 100, verdict: {verdict}. First actions: {actions}.',
  'how.sources.heading': 'Sources',
  'how.source.000': '000: implementation phases, durations and the factors behind them.',
  'how.source.002':
    '002: a five-phase launch framework and the project team’s roles. It is a no-code vendor’s marketing article; its advice is attributed, not endorsed.',
  'how.source.003': '003: an anonymous document from a document-sharing site on why CRM projects fail (50-70% miss their goals), with cases.',
  'how.source.004': '004: a consultant on when not to start: year-end, expansion, staff turnover.',
} as const;

const zhCn = {
  // ---- page ----
  'print.includeMethod': '打印时附上计算方法',
  'page.title': 'CRM 准备度自评：现在是启动的好时机吗？',
  'page.description':
    '十二个通俗的问题，涵盖目标、高层支持、流程、数据、人员、时机与 IT，给出“可以启动”“谨慎启动”或“暂缓”的结论、背后的风险信号以及应先做的事。全部在浏览器中计算。',
  'page.lead': '回答十二个简单的问题，看看你的 CRM 项目应该现在启动、谨慎启动还是暂缓，并了解结论背后的风险信号和最先要做的事。',
  'page.planNote': '你的回答保存在本浏览器中，并会出现在“我的 CRM 方案”页面。',
  'page.planLink': '打开我的方案',

  // ---- steps and navigation ----
  'step.strategy.title': '目标、高层支持与预算',
  'step.strategy.intro': '公司为什么要上 CRM，由谁来撑腰。',
  'step.process.title': '业务流程',
  'step.process.intro': 'CRM 跑的是你的流程，所以流程要先于软件。',
  'step.data.title': '客户数据',
  'step.data.intro': '新系统上线第一天要装进去的是什么。',
  'step.people.title': '人员',
  'step.people.intro': '谁来和你一起建系统，谁将来要天天用它。',
  'step.timing.title': '时机',
  'step.timing.intro': '有些时间点天生就不适合启动 CRM 项目。',
  'step.technology.title': 'IT 与系统集成',
  'step.technology.intro': '项目需要多少技术工作，由谁来做。',
  'step.result.title': '自测结果',
  'progress.step': '第 {current} 步，共 {total} 步',
  'progress.answered': '已回答 {answered} / {total} 题',
  'nav.steps': '自测步骤',
  'nav.back': '上一步',
  'nav.next': '下一步',
  'nav.result': '查看结果',
  'nav.edit': '修改回答',
  'nav.restart': '重新开始',
  'nav.stepDone': '已完成',
  'nav.stepOpen': '未完成',
  'step.incomplete': '本步还有 {count} 个问题没有回答。',
  'result.incomplete': '回答全部问题后才能得出结论。尚未回答：{list}。',
  'result.goTo': '跳到第一个未答的问题',

  // ---- questions ----
  'q.goalsDefined.label': '你清楚 CRM 要帮公司达成什么吗？',
  'q.goalsDefined.why': '没有可衡量的目标，就无从判断项目成败；003 把缺少 CRM 战略、目标不清列为失败的主要原因之一。',
  'q.goalsDefined.option.smart': '清楚：有书面的、可量化、带期限的目标（例如一年内赢单率提高 10%）',
  'q.goalsDefined.option.vague': '大概知道：“服务更好”“销售更多”',
  'q.goalsDefined.option.none': '还没有：只是觉得应该上一套',

  'q.executiveSponsor.label': '有高层领导真正在推动这个项目吗？',
  'q.executiveSponsor.why': '项目发起人负责调配人和钱、协调部门之间的分歧；002 认为 CRM 必须自上而下推动。',
  'q.executiveSponsor.option.active': '有：老板或总监亲自牵头，并投入时间',
  'q.executiveSponsor.option.nominal': '挂名而已：批准了，但并不参与',
  'q.executiveSponsor.option.none': '没有：是基层或 IT 部门自己提出的',

  'q.budget.label': '整个项目有预算吗？',
  'q.budget.why': '软件许可只是成本的一部分，实施配置、数据清理和培训同样要花钱；钱中途花完，项目就会半途而废。',
  'q.budget.option.approved': '有：已批准，覆盖软件、实施和培训',
  'q.budget.option.partial': '部分有：只够买软件，或者还在商量',
  'q.budget.option.none': '还没有预算',

  'q.processesDefined.label': '销售和服务流程已经明确了吗？',
  'q.processesDefined.why': 'CRM 是把你的流程搬进软件。流程本身没定下来，就没有稳定的东西可以配置（002、004）。',
  'q.processesDefined.option.documented': '明确了：有书面规范并在执行（阶段、交接、审批）',
  'q.processesDefined.option.partly': '部分明确：有些团队各有各的做法',
  'q.processesDefined.option.none': '没有：每个人按自己的习惯做',

  'q.dataState.label': '现在的客户资料都在哪里？',
  'q.dataState.why': '数据质量差是 003 列出的失败根源之一；把分散的资料收齐、清理干净，迁移前就要花上几周。',
  'q.dataState.option.clean': '集中在一个系统里，基本完整、没有重复',
  'q.dataState.option.scattered': '分散在 Excel、微信聊天记录和笔记本里',
  'q.dataState.option.paper': '主要在纸上，或者在员工脑子里',

  'q.projectTeam.label': '有项目团队吗？',
  'q.projectTeam.why':
    'CRM 不只是 IT 部门的事：002 描述的团队包括发起人、项目经理、业务骨干和 IT；000 把强有力的跨部门团队列为加快进度的首要因素。',
  'q.projectTeam.option.crossFunctional': '有：销售、服务、市场和 IT 都有人参加',
  'q.projectTeam.option.itOnly': '只有 IT 部门（或者只有厂商）在做',
  'q.projectTeam.option.none': '还没有指定任何人',

  'q.keyUsersAvailable.label': '每个部门能抽出一名关键用户参与项目吗？',
  'q.keyUsersAvailable.why': '关键用户要讲清楚实际工作怎么做，上线后还要带教同事，这两件事都需要时间。',
  'q.keyUsersAvailable.option.dedicated': '能，并且约定了专门投入项目的时间',
  'q.keyUsersAvailable.option.partTime': '只能在本职工作之外挤时间',
  'q.keyUsersAvailable.option.none': '不能，大家都忙不过来',

  'q.userAttitude.label': '将来要用系统的员工怎么看 CRM？',
  'q.userAttitude.why': '系统建得再好，没人用也是失败；员工接受度低是 003 列出的根源之一。',
  'q.userAttitude.option.eager': '很期待：他们自己在要',
  'q.userAttitude.option.neutral': '无所谓，或者还没人问过他们',
  'q.userAttitude.option.resistant': '有顾虑：觉得要多填表，或者被盯着',

  'q.companyStage.label': '公司目前处在哪个阶段？',
  'q.companyStage.why': '在快速扩张期或刚成立时，流程每个月都在变，所有人都在外面抢客户（004）。',
  'q.companyStage.option.stable': '已经成型，稳步发展',
  'q.companyStage.option.expanding': '快速扩张：新开网点、新建团队或新增产品线',
  'q.companyStage.option.newlyFounded': '刚成立（大约一年或更短）',

  'q.keyStaffTurnover.label': '未来几个月预计会有骨干员工离职吗？',
  'q.keyStaffTurnover.why': '项目进行到一半失去关键用户，损失很大，而且越到后期越难弥补（004）。',
  'q.keyStaffTurnover.option.low': '不会：团队很稳定',
  'q.keyStaffTurnover.option.high': '会：可能迎来离职高峰（比如年终奖发放之后）',

  'q.plannedStart.label': '计划什么时候启动？（选填）',
  'q.plannedStart.why': '年末和春节前后都不是启动项目的好时候（004）。',
  'q.plannedStart.help': '不填则检查“今天就启动”是否合适。',
  'q.plannedStart.clear': '清除日期',

  'q.itCapability.label': '公司内部有什么样的 IT 力量？',
  'q.itCapability.why': 'IT 力量薄弱时，选成熟产品、少做定制，比自己开发更稳妥（000）。',
  'q.itCapability.option.strong': '有团队，能配置系统、做接口集成',
  'q.itCapability.option.basic': '有一两个人管电脑和账号',
  'q.itCapability.option.none': '没有，全靠外部支持',

  'q.integrationNeeds.label': 'CRM 需要和哪些系统打通？',
  'q.integrationNeeds.why':
    '每多一个对接（ERP、财务、OA、企业微信或钉钉），就多一份字段映射和测试工作；集成做不好还会留下数据孤岛（003）。',
  'q.integrationNeeds.option.none': '暂时不需要，可以先单独使用',
  'q.integrationNeeds.option.few': '一两个，比如财务系统或企业微信',
  'q.integrationNeeds.option.many': '好几个：ERP、财务、OA、网店……',

  // ---- validation ----
  'error.missing': '请选择一个答案。',
  'error.unknown-option': '这个答案不在选项之中，请重新选择。',
  'error.not-a-date': '请输入真实存在的日期，格式为 YYYY-MM-DD，年份在 1950 至 2199 之间。',

  // ---- dimensions ----
  'dimension.strategy': '战略',
  'dimension.process': '流程',
  'dimension.data': '数据',
  'dimension.people': '人员',
  'dimension.timing': '时机',
  'dimension.technology': '技术',

  // ---- result ----
  'result.heading': '自测结果',
  'label.colon': '：',
  'label.sentenceGap': '',
  'result.verdictLabel': '结论',
  'result.scoreLabel': '准备度得分',
  'result.score': '{score} 分（满分 100）',
  'verdict.go.title': TZ['verdict.go'].name,
  'verdict.go.sentence': '现在正是启动的好时机：基础已经具备，时间上也没有不利因素。',
  'verdict.go-with-care.title': TZ['verdict.goWithCare'].name,
  'verdict.go-with-care.sentence': '可以启动，但请先处理下面的风险信号和薄弱环节，并让第一期上线的范围尽量小。',
  'verdict.wait.title': TZ['verdict.wait'].name,
  'verdict.wait.sentence': '现在启动很可能失败。请先把下面这些基础打好，再来做一次自测。',
  'verdictReason.heading': '为什么是这个结论',
  'verdictReason.unsettled-company': '公司正在快速扩张或刚刚成立，而流程还没有成文；004 建议等经营稳定下来再启动。',
  'verdictReason.missing-foundations': '缺少三项或更多基础条件（高层发起人、目标、流程、预算、项目团队）。',
  'verdictReason.low-score': '得分低于 {care} 分，达不到“谨慎启动”的最低分。',
  'verdictReason.red-flags': '出现了至少一个风险信号；只要有风险信号，结论最多只能是“谨慎启动”。',
  'verdictReason.middling-score': '得分低于 {go} 分，达不到明确“可以启动”所需的分数。',
  'verdictReason.all-clear': '得分在 {go} 分及以上，且没有任何风险信号。',

  'chart.title': '各维度的准备度',
  'chart.label': '六个维度得分的雷达图：{summary}。下表列出了相同的数字。',
  'table.caption': '各维度得分（0-100）',
  'table.dimension': '维度',
  'table.score': '得分',

  'start.planned': '计划启动日期：{date}。',
  'start.today': '没有填写启动日期，因此按今天（{date}）检查。',
  'start.inPast': '这个日期已经过去了，请填写你现在预计的启动日期。',
  'start.festival': '{year}年春节是{date}；需要避开的假期大约从{start}到{end}。',
  'start.suggested': '建议最早的启动日期：{date}。',
  'start.estimator': '培训和上线按你在实施周期估算器里的排期推算，这里没有问到的几项沿用你在那里的回答：{list}。',
  'start.estimatorTypical': '培训和上线按你在实施周期估算器里的排期推算；这里没有问到的几项，你在那里的回答与典型公司相同。',
  'estimator.platform': '平台类型：{value}',
  'estimator.platform.saas': '标准 SaaS CRM',
  'estimator.platform.lowCode': '无代码 / 低代码平台',
  'estimator.platform.custom': '定制开发',
  'estimator.deployment': '部署方式：{value}',
  'estimator.deployment.cloud': '云端部署',
  'estimator.deployment.hybrid': '混合部署',
  'estimator.deployment.onPremise': '本地部署',
  'estimator.companySize': '公司规模：{value}',
  'estimator.companySize.small': '小型',
  'estimator.companySize.medium': '中型',
  'estimator.companySize.large': '大型',
  'estimator.complexity': '业务复杂度 {value}（满分 5）',
  'estimator.vendorSupport': '供应商支持 {value}（满分 5）',
  'estimator.switchingVendor': '更换现有 CRM',
  'estimator.agile': '先做最小可行产品',

  'flags.heading': '风险信号',
  'flags.none': '没有风险信号。',
  'flags.source': '来源：{sources}',
  'source.vendor': '{source}（无代码厂商的文章）',
  'flag.newly-founded.title': '公司刚刚成立',
  'flag.newly-founded.reason':
    '新公司还没有成型的流程可供 CRM 依托，也抽不出人来做项目。004 讲到一家新开的培训公司，CRM 项目几个月毫无进展，最后只好搁置，等业务走上正轨再说。',
  'flag.expansion.title': '公司正在快速扩张',
  'flag.expansion.reason':
    '快速扩张时流程不断变化，大家忙着开发新客户，而 CRM 的长处在于留住老客户（004）。人员流动和数据量激增也会拖慢实施进度（000）。',
  'flag.no-sponsor.title': '没有高层发起人',
  'flag.no-sponsor.reason':
    '没有高层领导调配资源、协调部门冲突，项目就会停滞。002 把高层发起人列为项目团队的第一个角色；000 把内部支持列为决定工期的因素之一。',
  'flag.no-goals.title': '没有明确目标',
  'flag.no-goals.reason':
    '没有目标，选功能没有依据，成败也无从评判。003 把缺乏 CRM 战略和目标不清放在失败原因的首位；002 的框架也从设定目标和 KPI 开始。',
  'flag.no-processes.title': '流程没有明确',
  'flag.no-processes.reason':
    'CRM 固化的是你怎样销售、怎样服务。没有约定好的阶段、交接和审批，就没有稳定的东西可配置。002 要求在选型前画出从线索到回款的流程；003 把流程与系统不匹配列为失败根源之一。',
  'flag.no-budget.title': '没有预算',
  'flag.no-budget.reason':
    '软件、实施、数据清理和培训都要花钱。003 指出，CRM 项目一旦失败，投入的人力、物力和财力都会白白浪费；项目做到一半没钱了，就是走向失败的一种方式。002 建议资金有限时先只解决最迫切的需求（这是厂商的建议）。',
  'flag.no-team.title': '没有项目团队',
  'flag.no-team.reason':
    '没有业务人员参与，CRM 会脱离实际工作方式，最后被束之高阁。002 描述了项目所需的跨部门团队；000 把强有力的团队列为第一个加速因素。',
  'flag.key-staff-turnover.title': '骨干员工可能集中离职',
  'flag.key-staff-turnover.reason':
    '通常每个部门派一名关键用户，之后由他带教其他人。如果这个人在项目中途离开，短时间内没人接得上，而且越到后期影响越大（004）。',
  'flag.year-end.title': '在 12 月启动',
  'flag.year-end.reason':
    '年底人心浮动，销售人员忙着在外拜访客户，春节前教的内容经过十到十五天的假期基本都会忘掉。004 建议过完年再启动。',
  'flag.spring-festival.title': '在春节前不久或春节期间启动',
  'flag.spring-festival.reason': '项目刚起步，大约两周的假期就到了，甚至会把启动和首轮培训拦腰截断；员工回来后学过的东西已经忘了，还要一段时间才能恢复状态。004 把春节前和年底归为一类：过完年再启动。',
  'flag.training-before-festival.title': '培训会落在春节假期前夕或假期当中',
  'flag.training-before-festival.reason': '按实施周期估算器对贵公司这类企业的常见排期，培训会落在春节假期前两周内或假期当中；这时教的内容放完十到十五天的假基本都会忘掉（004）。',
  'flag.go-live-near-festival.title': '上线日会落在春节假期或假期前夕',
  'flag.go-live-near-festival.reason': '按实施周期估算器的常见排期，系统会在春节假期当中或假期前两周内上线，随后在大家放假期间闲置。',

  'actions.heading': '先做什么',
  'actions.intro': '按重要程度排列，每一项都链接到讲解具体做法的指南。',
  'actions.guide': '指南：{title}',
  'actions.more': '再显示 {count} 项建议',
  'action.postpone-until-stable.title': '等经营稳定后再启动',
  'action.postpone-until-stable.text': '利用这段时间把销售和服务的做法写下来。等团队和流程不再每月变化时，再来做一次自测。',
  'action.start-after-festival.title': '把启动时间挪开年底和春节',
  'action.start-after-festival.text':
    '把项目启动会安排在{date}或之后：这样第一个月、培训和上线都不会撞上年底或春节假期。在此之前，先做只需少数人参与的准备：目标、流程图、数据盘点。',
  'action.secure-sponsor.title': '请一位真正出力的高层发起人',
  'action.secure-sponsor.text': '请老板或一位总监公开牵头：确定项目的优先级，给相关人员腾出时间，协调部门之间的分歧。',
  'action.set-smart-goals.title': '设定符合 SMART 原则的目标',
  'action.set-smart-goals.text': '把愿望变成两三个带期限的可量化目标，例如“一年内投诉率下降 15%”。可以用 KPI 设定助手来做。',
  'action.map-pain-points.title': '列出各部门最想解决的问题',
  'action.map-pain-points.text': '问问销售、市场和服务部门，现在最拖后腿的是什么。目标就从这些问题里来。',
  'action.define-processes.title': '把核心流程写下来',
  'action.define-processes.text': '至少画出从线索到回款的完整路径：有哪些阶段、谁交接给谁、要经过哪些审批。这张图就是日后 CRM 的配置依据。',
  'action.secure-budget.title': '为整个项目落实预算',
  'action.secure-budget.text': '预算要覆盖软件或开发费用、实施、数据清理、培训以及第一年的运行成本，而不只是第一笔付款。',
  'action.form-project-team.title': '组建跨部门项目团队',
  'action.form-project-team.text': '一位发起人、一位项目经理、来自销售、服务和市场的关键用户，再加一名负责系统管理的 IT 人员。',
  'action.two-key-users-per-department.title': '每个部门指定两名关键用户，并与人力资源部评估风险',
  'action.two-key-users-per-department.text':
    '和人力资源部一起看看项目期间谁可能离职，把每个部门的关键用户从一名增加到两名，这样有人离开也不至于让工作停下来。',
  'action.free-key-users.title': '给关键用户留出时间',
  'action.free-key-users.text': '和他们的上级约定每人每周投入项目的小时数，并相应调低他们的其他考核指标。',
  'action.limit-scope-while-growing.title': '扩张期间让第一期尽量小',
  'action.limit-scope-while-growing.text': '先做一两个核心需求，比如客户档案和商机跟进，等组织稳定下来再逐步扩展。',
  'action.clean-data.title': '收集并清理客户数据',
  'action.clean-data.text': '把 Excel、聊天记录和笔记本里的客户资料汇总成一份清单，去掉重复、补齐缺项，然后再开始迁移。',
  'action.prepare-users.title': '尽早争取员工的支持',
  'action.prepare-users.text': '请几位有威信的员工参与设计，让大家看到 CRM 能替他们省下什么，并把使用情况和激励挂钩。',
  'action.plan-integrations.title': '提前规划系统集成',
  'action.plan-integrations.text': '列出每个要对接的系统、数据往哪个方向流、每个接口由谁负责；每条对接先用一小批数据试通。',
  'action.choose-mature-product.title': '优先选择成熟产品，少做定制',
  'action.choose-mature-product.text': 'IT 力量有限时，标准化的云端产品加上有经验的实施伙伴，比定制开发风险小得多。',
  'action.start-with-mvp.title': '从一个小的第一期开始',
  'action.start-with-mvp.text': '先把一两个核心流程交给试点团队使用，总结经验后再逐步推广。',
  'action.estimate-duration.title': '估算项目周期',
  'action.estimate-duration.text': '看看像你这样的项目通常每个阶段要多久，再用实施周期估算器排出具体日期。',
  'action.learn-from-failures.title': '对照常见的失败原因检查一遍',
  'action.learn-from-failures.text': '投入资金之前，把清单上的每个原因都和你的计划对照一遍。',
  'action.read-case-studies.title': '借鉴其他企业的经验',
  'action.read-case-studies.text': '看看一家制造企业和一家在线教育公司是怎样陷入困境、又是怎样走出来的。',

  // ---- hand-off, share, print ----
  'handoff.heading': '下一步：项目要做多久？',
  'handoff.text': '把你在投入程度、客户数据现状、需要对接的系统、扩张、骨干流失和计划启动日期上的回答带到实施周期估算器中。',
  'handoff.summary': '投入程度 {level}/5 · 数字化程度 {maturity}/5 · 需对接系统：{integrations} 个 · 快速扩张：{expanding} · 骨干流失风险：{turnover} · 启动日期：{start}',
  'handoff.company': '· 公司：{company}',
  'handoff.button': '带着这些回答打开实施周期估算器',
  'handoff.noStart': '未填写',
  'yes': '是',
  'no': '否',
  'share.heading': '分享或打印',
  'share.fallback': '请复制这个链接：',
  'answers.heading': '你的回答',
  'answers.unanswered': '未回答',
  'answers.noDate': '未计划日期',
  'print.title': 'CRM 准备度自评',
  'print.date': '{date} 的自测结果',
  'print.unfinished': '这份自测还没有完成：已回答 {answered} / {total} 题。全部回答后，打印出来的才是结果，包括结论、风险提示和先做什么。',
  'notice.startFromProfile': '计划启动日期为{date}，这是你最近在其他工具中设定的（此处原为{old}）。',

  // ---- build-time content ----
  'static.heading': '全部问题',
  'static.intro': '没有 JavaScript 时无法为你的回答打分，但下面按步骤列出了自测的全部问题。',
  'how.intro':
    '自测把你的十二个回答（以及你填写的启动日期）换算成总分、六个维度的得分、风险信号和结论。规则都来自下面列出的资料；权重和分值是我们的编辑判断，在此全部公开。',
  'how.score.heading': '得分',
  'how.score.text':
    '每个回答得 0 到 1 分（最好的答案 1 分，最差的 0 分），再乘以该问题的权重。维度得分是该维度各题得分占其权重之和的比例；总分按同样方法在全部问题上计算，所以权重大的问题影响更大。启动日期计入“时机”维度，权重为 {weight}：只要没有触发年末或春节信号就得满分；没有任何日期时不计入。',
  'how.table.caption': '问题、权重与各答案的分值',
  'how.table.question': '问题',
  'how.table.dimension': '维度',
  'how.table.weight': '权重',
  'how.table.points': '各答案分值',
  'how.verdict.heading': '结论是怎样得出的',
  'how.rule.score': '得分 {go} 及以上为“可以启动”；{care} 到 {goBelow} 为“谨慎启动”；低于 {care} 为“暂缓”。',
  'how.rule.unsettled': '正在快速扩张或刚刚成立、流程又没有成文的公司，无论得分多少都应暂缓（004）。',
  'how.rule.foundations': '缺少三项或更多基础条件（高层发起人、目标、流程、预算、项目团队），同样是“暂缓”。',
  'how.rule.flags':
    '任何一个风险信号都会把结论限制在“谨慎启动”以内：没有发起人、没有目标、没有预算或没有团队（002、003），快速扩张、刚成立、骨干离职高峰，以及四个时机问题（004）。',
  'how.rule.monotone': '每条规则只会降低结论，而更好的回答只会提高得分或消除信号，因此改善任何一个回答都不会让结论变差。',
  'how.calendar.heading': '年末与春节',
  'how.calendar.text':
    '在 12 月启动会触发“年末”信号。在 1 月 1 日到春节假期结束之间启动，或启动后第一个月与春节假期重叠时，触发“春节”信号；我们把假期算作农历正月初一前三天到后八天，大约十二天，取 004 所说十到十五天的中间值。春节日期由你的浏览器按农历计算，方法与实施周期估算器相同。没有填写启动日期时，检查的是今天。培训和上线的时间按实施周期估算器根据你的答案（已知公司规模时也考虑规模）得出的常见排期推算，落在春节假期当中或假期前两周内就会提醒，与估算器的判断完全一致。建议的启动日期是能避开以上全部问题的最早日期。',
  'how.actions.heading': '行动建议如何排序',
  'how.actions.text':
    '先列出能消除“暂缓”原因或风险信号的事，然后是弥补缺口的事（某题选了最差的答案），再是加强薄弱环节的事，最后是任何项目都需要的下一步。每项建议都链接到讲解做法的指南。',
  'how.flags.heading': '风险信号及其来源',
  'how.handoff.heading': '实施周期估算器会收到什么',
  'how.handoff.text':
    '投入程度 1 到 5（发起人、项目团队和关键用户三题得分的平均值，换算成五个等级）；由客户数据现状得出的数字化程度（纸质记录为 1，散落在 Excel、微信和笔记本里为 2，集中且干净为 4）；需要对接的系统数量（没有为 0，少量为 2，很多为 6）；是否扩张（快速扩张或刚成立）；骨干流失的回答以及计划启动日期。估算工具据此调整各阶段的工期，并在打开时说明哪些内容取自这里。',
  'how.example.heading': '示例：一家典型的公司',
  'how.example.text':
    '目标还比较笼统，老板支持项目，流程部分明确，客户资料在 Excel 和聊天记录里，有跨部门团队但关键用户只能兼职，预算部分落实，IT 力量一般，员工态度中立，需要对接一两个系统，未填写启动日期：',
  'how.example.result': '得分 {score}（满分 100），结论：{verdict}。最先要做的事：{actions}。',
  'how.sources.heading': '资料来源',
  'how.source.000': '000：实施的各个阶段、所需时间及影响因素。',
  'how.source.002': '002：五阶段启动框架和项目团队的角色。这是一家无代码厂商的营销文章，其中的建议仅作引述，不代表本站立场。',
  'how.source.003': '003：文档分享网站上的一篇匿名长文，谈 CRM 项目为何失败（50%-70% 未达预期），附案例。',
  'how.source.004': '004：一位实施顾问谈不宜启动的时机：年末、扩张期、人员流动高峰。',
} as const satisfies Record<keyof typeof en, string>;

export const strings = { 'zh-cn': zhCn, en } as const satisfies Record<Locale, Record<string, string>>;
export type ReadinessStrings = Record<keyof typeof en, string>;
