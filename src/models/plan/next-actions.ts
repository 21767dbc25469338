// One list of next actions from all the tools, most important first. Each tool's own findings keep
// their meaning; the plan adds what only the whole picture shows (a KPI due before go-live, prices
// never entered). Points two tools make about the same thing are merged into one entry.
import { ACTION_RULES, type ReadinessAnswers, type RedFlag } from '@/models/readiness';
import { pricesArePlaceholders } from '@/models/matrix';
import { compareIsoDates } from '@/models/calendar';
import { WARNING_GUIDE } from '@/models/duration/warning-guides';
import type { ActionLink, ActionPriority, ActionSource, NextAction, PlanReport, ToolKey } from './types';

/** The guide each estimator warning points to: the estimator's own. */
export const DURATION_WARNING_GUIDE: Readonly<Record<string, string>> = WARNING_GUIDE;

/** How urgent each estimator warning is, on the readiness self-assessment's scale. */
const DURATION_WARNING_PRIORITY: Readonly<Record<string, ActionPriority>> = {
  'december-start': 0,
  'first-month-festival': 0,
  'training-before-festival': 0,
  'go-live-near-festival': 0,
  expansion: 0,
  'key-staff': 0,
  'low-commitment': 1,
  'switching-vendor': 2,
  'many-integrations': 2,
};

/**
 * Points the readiness self-assessment and the estimator both make, in their own words: one entry is enough.
 * Keys are `source:code`; equal topics merge, keeping the more urgent entry (readiness on a tie).
 */
const TOPIC: Readonly<Record<string, string>> = {
  'readiness:two-key-users-per-department': 'key-staff',
  'duration:key-staff': 'key-staff',
  'readiness:postpone-until-stable': 'expansion',
  'readiness:limit-scope-while-growing': 'expansion',
  'duration:expansion': 'expansion',
  'readiness:plan-integrations': 'integrations',
  'duration:many-integrations': 'integrations',
  'readiness:secure-sponsor': 'commitment',
  'duration:low-commitment': 'commitment',
  // Both tools run the same timing assessment: one entry says when to start instead.
  'readiness:start-after-festival': 'timing',
  'duration:december-start': 'timing',
  'duration:first-month-festival': 'timing',
  'duration:training-before-festival': 'timing',
  'duration:go-live-near-festival': 'timing',
};

const SOURCE_ORDER: readonly ActionSource[] = ['plan', 'readiness', 'duration', 'selection', 'kpi'];

/** FAQ entries the actions link to (ids of content/faq); a test checks that each exists in both locales. */
export const LINKED_FAQ_IDS = [
  'best-time-to-start',
  'how-to-run-a-trial',
  'how-much-does-crm-cost',
  'saas-vs-low-code',
  'how-to-set-kpis',
  'realistic-targets',
  'short-mid-long-term-goals',
  'getting-users-to-adopt-crm',
] as const;

const guide = (slug: string): ActionLink => ({ kind: 'guide', slug });
const faq = (id: (typeof LINKED_FAQ_IDS)[number]): ActionLink => ({ kind: 'faq', id });
const tool = (t: ToolKey): ActionLink => ({ kind: 'tool', tool: t });

type Report = Pick<PlanReport, 'used' | 'readiness' | 'duration' | 'selection' | 'kpi' | 'issues'>;

/**
 * The KPI sheet has turned the readiness check's "set SMART goals" into fact once it holds this many
 * complete KPIs that pass every SMART check (a stretch target still counts as attainable).
 */
export const SMART_GOALS_DONE = 3;

/** Complete KPIs on the sheet that pass all five SMART checks. */
export function smartKpiCount(kpi: Report['kpi']): number {
  if (!kpi) return 0;
  return kpi.rows.filter((row) => {
    if (!row.ok) return false;
    const s = row.evaluation.smart;
    return s.specific && s.measurable && s.relevant && s.timeBound && s.attainable !== 'unlikely';
  }).length;
}

/**
 * Readiness actions another tool has since carried out: the answers in the check are a snapshot, the
 * tools are the current state, so the plan believes the tools.
 */
function doneElsewhere(code: string, r: Report): boolean {
  switch (code) {
    // The check suggests the estimator as the next step; once it has been used, that step is done.
    case 'estimate-duration':
      return r.used.duration;
    case 'set-smart-goals':
      return smartKpiCount(r.kpi) >= SMART_GOALS_DONE;
    // Ticking the pain points in the KPI builder is mapping them.
    case 'map-pain-points':
      return (r.kpi?.sheet.pains.length ?? 0) > 0;
    default:
      return false;
  }
}

function readinessActions(r: Report): NextAction[] {
  const part = r.readiness;
  if (!part) return [{ key: 'readiness:use', source: 'readiness', code: 'use-readiness', priority: 1, link: tool('readiness') }];
  if (!part.result) {
    return [{
      key: 'readiness:finish', source: 'readiness', code: 'finish-readiness', priority: 1, link: tool('readiness'),
      vars: { answered: part.answered, total: part.total },
    }];
  }
  const result = part.result;
  const context = { answers: part.answers as ReadinessAnswers, flags: result.redFlags.map((f) => f.code) as RedFlag[], verdict: result.verdict };
  const out: NextAction[] = [];
  for (const action of result.actions) {
    if (doneElsewhere(action.code, r)) continue;
    const rule = ACTION_RULES.find((x) => x.code === action.code);
    const tier = (rule?.tier(context) ?? 3) as ActionPriority;
    const next: NextAction = { key: `readiness:${action.code}`, source: 'readiness', code: action.code, priority: tier, link: guide(action.guide ?? 'preparation') };
    // "Start after the festival" names the first day after the break (an ISO date; the page formats it).
    const suggested = result.startCheck?.suggestedStart;
    if (action.code === 'start-after-festival' && suggested) next.vars = { date: suggested };
    out.push(next);
  }
  return out;
}

function durationActions(r: Report): NextAction[] {
  const part = r.duration;
  if (!part) return r.readiness?.result ? [] : [{ key: 'duration:use', source: 'duration', code: 'use-duration', priority: 2, link: tool('duration') }];
  const out: NextAction[] = part.estimate.warnings.map((w) => {
    const action: NextAction = {
      key: `duration:${w.code}`,
      source: 'duration' as const,
      code: w.code,
      priority: DURATION_WARNING_PRIORITY[w.code] ?? 2,
      link: guide(DURATION_WARNING_GUIDE[w.code] ?? 'implementation-timeline'),
    };
    // A timing finding names its festival break (ISO dates; the page formats them).
    if (w.festival) action.vars = { start: w.festival.start, end: w.festival.end };
    return action;
  });
  if (!part.input.startDate) out.push({ key: 'duration:set-start', source: 'duration', code: 'set-start-date', priority: 2, link: faq('best-time-to-start') });
  return out;
}

function selectionActions(r: Report): NextAction[] {
  const part = r.selection;
  if (!part) return [{ key: 'selection:use', source: 'selection', code: 'use-selection', priority: 2, link: tool('selection') }];
  const out: NextAction[] = [];
  if (part.ahead === null) out.push({ key: 'selection:trial', source: 'selection', code: 'trial-top-two', priority: 1, link: faq('how-to-run-a-trial') });
  else out.push({ key: 'selection:confirm', source: 'selection', code: 'confirm-with-trial', priority: 2, link: faq('how-to-run-a-trial') });
  const placeholders = pricesArePlaceholders(part.state.tco.options);
  if (placeholders) out.push({ key: 'selection:prices', source: 'selection', code: 'enter-real-prices', priority: 2, link: faq('how-much-does-crm-cost') });
  // 002's ratings are a vendor's view; a plan that rests on them should be checked against a neutral one.
  if (part.state.preset === 'vendor-002') out.push({ key: 'selection:vendor', source: 'selection', code: 'vendor-view', priority: 1, link: faq('saas-vs-low-code') });
  return out;
}

function kpiActions(r: Report): NextAction[] {
  const part = r.kpi;
  if (!part || part.counts.total === 0) return [{ key: 'kpi:define', source: 'kpi', code: 'define-kpis', priority: 1, link: guide('setting-kpis') }];
  const out: NextAction[] = [];
  const { counts } = part;
  if (counts.incomplete > 0) out.push({ key: 'kpi:complete', source: 'kpi', code: 'complete-kpis', priority: 1, link: faq('how-to-set-kpis'), vars: { n: counts.incomplete } });
  if (counts.unlikely > 0) out.push({ key: 'kpi:unlikely', source: 'kpi', code: 'rethink-targets', priority: 1, link: faq('realistic-targets'), vars: { n: counts.unlikely } });
  const goLive = r.duration?.estimate.goLiveDate;
  if (goLive) {
    const early = part.rows.filter((row) => row.ok && compareIsoDates(row.input.deadline, goLive) <= 0).length;
    if (early > 0) out.push({ key: 'kpi:before-go-live', source: 'kpi', code: 'deadline-before-go-live', priority: 1, link: faq('short-mid-long-term-goals'), vars: { n: early } });
  }
  const noOwner = part.rows.filter((row) => row.ok && !(row.input.owner ?? '').trim()).length;
  if (noOwner > 0) out.push({ key: 'kpi:owners', source: 'kpi', code: 'assign-owners', priority: 2, link: faq('how-to-set-kpis'), vars: { n: noOwner } });
  // 003: the first goals after go-live are adoption goals (data-entry accuracy, proficiency).
  const adoption = part.rows.some((row) => row.definition?.category === 'adoption');
  if (!adoption) out.push({ key: 'kpi:adoption', source: 'kpi', code: 'add-adoption-kpi', priority: 2, link: faq('getting-users-to-adopt-crm') });
  return out;
}

/** Most urgent first; on equal urgency the order the report reads (readiness, timeline, platform, KPIs). */
export function mergeNextActions(report: Report): NextAction[] {
  const all = [...readinessActions(report), ...durationActions(report), ...selectionActions(report), ...kpiActions(report)];
  const merged: NextAction[] = [];
  const byTopic = new Map<string, NextAction>();
  for (const action of all) {
    const topic = TOPIC[`${action.source}:${action.code}`];
    const kept = topic ? byTopic.get(topic) : undefined;
    if (!kept) {
      const copy = { ...action };
      merged.push(copy);
      if (topic) byTopic.set(topic, copy);
      continue;
    }
    if (action.priority < kept.priority) {
      // The newcomer is more urgent: it takes the place, the earlier one becomes a mention.
      const also = [...(kept.also ?? []), kept.source].filter((s) => s !== action.source);
      Object.assign(kept, action, { also: [...new Set(also)] });
    } else if (action.source !== kept.source) {
      kept.also = [...new Set([...(kept.also ?? []), action.source])];
    }
  }
  const index = new Map(merged.map((a, i) => [a.key, i]));
  return merged.sort(
    (a, b) =>
      a.priority - b.priority ||
      SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source) ||
      index.get(a.key)! - index.get(b.key)!,
  );
}
