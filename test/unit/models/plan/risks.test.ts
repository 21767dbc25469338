// The brief's risk table: every risk the plan can raise has a real action of its own, in both locales,
// never its own name repeated.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strings } from '@/i18n/tools/plan';
import { LOCALES } from '@/i18n/locales';
import { islandStrings } from '@/components/plan/strings';
import { riskRow } from '@/components/plan/action-text';
import { makeText } from '@/components/plan/text';
import { ACTION_RULES, WORST_ANSWERS } from '@/models/readiness';
import { PLACEHOLDER_PRICES } from '@/models/matrix';
import { DURATION_WARNING_GUIDE, computePlanReport, isRisk, topRisks, type NextAction, type PlanState } from '@/models/plan';
import { BRIEF_TODAY, EMPTY, EXAMPLE, TODAY, briefPlan, conflictPlan, fullPlan } from './fixtures';
import { planState } from './arbitraries';

const guideSlugs = (locale: string) => readdirSync(join(process.cwd(), 'content', 'guides', locale)).map((f) => f.replace(/\.mdx?$/, ''));
const text = Object.fromEntries(
  LOCALES.map((l) => [l, makeText(l, islandStrings(l, { guides: Object.fromEntries(guideSlugs(l).map((g) => [g, g])), faqs: {}, tools: {} }), 'https://example.org')]),
);

const action = (source: NextAction['source'], code: string): NextAction => ({
  key: `${source}:${code}`,
  source,
  code,
  priority: 0,
  link: { kind: 'guide', slug: 'preparation' },
  // Every placeholder a risk or its action may name: a count and a festival break.
  vars: { n: 2, start: '2027-01-29', end: '2027-02-12', date: '2027-02-22' },
});

/**
 * Every risk the brief can show: each estimator warning (any of them can win its topic over the
 * readiness check's point), each readiness action the plan names as a risk, and every risk a sample of
 * plans raises (the matrix's and the KPI sheet's).
 */
function everyRisk(): NextAction[] {
  const out = new Map<string, NextAction>();
  const add = (a: NextAction) => out.set(`${a.source}:${a.code}`, { ...action(a.source, a.code), ...a, vars: { ...action(a.source, a.code).vars, ...a.vars } });
  for (const code of Object.keys(DURATION_WARNING_GUIDE)) add(action('duration', code));
  for (const rule of ACTION_RULES) if (`risk.${rule.code}` in strings.en) add(action('readiness', rule.code));
  const worst: PlanState = { ...fullPlan(), readiness: { ...WORST_ANSWERS, plannedStart: '2027-12-06' } };
  const brief = briefPlan();
  const noOwners: PlanState = { ...brief, kpi: { ...brief.kpi!, rows: brief.kpi!.rows.map((r) => ({ ...r, owner: '' })) } };
  const tco = EXAMPLE.selection!.tco;
  const placeholders: PlanState = { ...EXAMPLE, selection: { ...EXAMPLE.selection!, tco: { ...tco, options: tco.options.map((o) => ({ ...o, ...PLACEHOLDER_PRICES })) } } };
  const plans = [EMPTY, EXAMPLE, fullPlan(), worst, brief, noOwners, placeholders, conflictPlan(), ...fc.sample(planState, { numRuns: 120, seed: 7 })];
  for (const plan of plans) for (const a of computePlanReport(plan, TODAY).actions) if (isRisk(a)) add(a);
  return [...out.values()];
}

describe('the brief’s risks', () => {
  const risks = everyRisk();

  it('cover every risk the plan has a name for', () => {
    const named = Object.keys(strings.en).filter((k) => k.startsWith('risk.') && !k.endsWith('.one')).map((k) => k.slice('risk.'.length));
    const covered = risks.map((a) => a.code);
    expect(covered).toEqual(expect.arrayContaining(named));
    expect(covered).toEqual(expect.arrayContaining(Object.keys(DURATION_WARNING_GUIDE)));
  });

  it.each(LOCALES)('%s: each has a written risk and a different, written action', (locale) => {
    const t = text[locale]!;
    for (const a of risks) {
      const row = riskRow(a, t);
      expect(row.risk, a.key).toBeTruthy();
      expect(row.action, a.key).toBeTruthy();
      // A key shown as itself, or a placeholder left unfilled, means the sentence is missing.
      for (const sentence of [row.risk, row.action]) expect(sentence, a.key).not.toMatch(/^(risk|riskAction|next|r|d)\.|\{\w+\}/);
      expect(row.action, `${a.key}: the action repeats the risk`).not.toBe(row.risk);
    }
  });

  it('the QA plan’s three risks (rapid expansion, key staff, commitment) each get their own action', () => {
    const report = computePlanReport(conflictPlan(), BRIEF_TODAY);
    expect(report.risks.map((a) => a.key)).toEqual(['duration:expansion', 'duration:key-staff', 'duration:low-commitment']);
    for (const locale of LOCALES) for (const a of report.risks) expect(riskRow(a, text[locale]!).action).not.toBe(riskRow(a, text[locale]!).risk);
    expect(topRisks(report.actions)).toEqual(report.risks);
  });
});
