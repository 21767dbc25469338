import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strings } from '@/i18n/tools/plan';
import { islandStrings } from '@/components/plan/strings';
import { actionKeys } from '@/components/plan/action-text';
import { WORST_ANSWERS } from '@/models/readiness';
import { IMPORT_ERROR_CODES, ISSUE_CODES, LINKED_FAQ_IDS, computePlanReport, type PlanState } from '@/models/plan';
import { EMPTY, EXAMPLE, TODAY, fullPlan } from './fixtures';
import { planState } from './arbitraries';
import { LOCALES } from '@/i18n/locales';

const CONTENT = join(process.cwd(), 'content');

function faqIds(locale: string): string[] {
  const dir = join(CONTENT, 'faq', locale);
  return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').match(/^id:\s*(\S+)/m)?.[1] ?? '');
}
const guideSlugs = (locale: string) => readdirSync(join(CONTENT, 'guides', locale)).map((f) => f.replace(/\.mdx?$/, ''));

const island = Object.fromEntries(
  LOCALES.map((l) => [l, islandStrings(l, { guides: Object.fromEntries(guideSlugs(l).map((g) => [g, g])), faqs: {}, tools: {} })]),
);


describe('plan strings', () => {
  it.each(LOCALES)('%s: a message for every import error code (and for a file the browser cannot read) and a label for every consistency issue', (locale) => {
    const s = strings[locale] as Record<string, string>;
    for (const code of [...IMPORT_ERROR_CODES, 'unreadable']) expect(s[`import.error.${code}`], code).toBeTruthy();
    for (const code of ISSUE_CODES) expect(s[`consistency.${code}`], code).toBeTruthy();
  });

  it('Chinese strings are written in Chinese', () => {
    const untranslated = Object.entries(strings['zh-cn']).filter(([, text]) => !/[\u4e00-\u9fff]/.test(text) && !/^[\s\d{}—–.:%-]+$/.test(text) && !/^(KPI|CRM|SMART)$/.test(text));
    expect(untranslated).toEqual([]);
  });

  it('English strings hold no Chinese left over from the other locale', () => {
    const leftover = Object.entries(strings.en).filter(([, text]) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text));
    expect(leftover).toEqual([]);
  });

  it('every next action any plan can produce has a title and a text in both locales (fast-check)', () => {
    const worst: PlanState = { ...fullPlan(), readiness: { ...WORST_ANSWERS, plannedStart: '2027-12-06' } };
    const plans = [EMPTY, EXAMPLE, fullPlan(), worst, ...fc.sample(planState, { numRuns: 300, seed: 42 })];
    const seen = new Set<string>();
    for (const plan of plans) {
      for (const action of computePlanReport(plan, TODAY).actions) {
        const keys = actionKeys(action);
        for (const key of [keys.title, keys.text]) {
          if (seen.has(key)) continue;
          seen.add(key);
          for (const locale of LOCALES) expect(island[locale]![key], `${locale} ${key}`).toBeTruthy();
        }
        if (action.link.kind === 'guide') for (const locale of LOCALES) expect(guideSlugs(locale), action.link.slug).toContain(action.link.slug);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    // 300 whole reports, each running the estimator's simulation: near the 5 s default on a quiet
    // machine, past it on a busy 2-core one.
  }, 20_000);

  it('every FAQ entry an action links to exists in both locales', () => {
    for (const locale of LOCALES) expect(faqIds(locale)).toEqual(expect.arrayContaining([...LINKED_FAQ_IDS]));
  });

  it('the island receives the tools’ names for verdicts, phases, criteria and KPIs, and nothing of their forms', () => {
    for (const locale of LOCALES) {
      const s = island[locale]!;
      expect(s['r.verdict.go.title']).toBeTruthy();
      expect(s['d.phase.planning']).toBeTruthy();
      expect(s['s.criterion.usability.name']).toBeTruthy();
      expect(s['k.kpi.csat.name']).toBeTruthy();
      expect(Object.keys(s).some((k) => /^(r\.q\.|d\.field\.|s\.weights\.|k\.field\.)/.test(k))).toBe(false);
      expect(Object.keys(s).some((k) => /\.(definition|formula|basis)$/.test(k))).toBe(false);
    }
  });
});
