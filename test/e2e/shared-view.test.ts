// A colleague's link is a preview, never an overwrite; undo; scenarios and their comparison. For each
// tool and the plan, in both locales: the visitor's own answers stay as saved until "Replace mine",
// which can be undone; a truncated or altered link changes nothing and says which; two versions compare with their
// differences marked; axe finds nothing on the bar, the toast and the comparison, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage } from './support/browser';
import { describeViolations, runAxe } from './support/axe';
import { baseUrl } from './support/site';
import { rendered } from './support/edit';
import { LOCALES, type Locale } from '@/i18n/locales';
import { fill } from '@/i18n/format';
import { strings as scn } from '@/i18n/tools/scenarios';
import { shareFragment } from '@/lib/share-link';
import { DURATION_SHARE } from '@/models/duration/share-pack';
import { KPI_SHARE } from '@/models/kpi/share-pack';
import { SELECTION_SHARE } from '@/models/matrix/share-pack';
import { READINESS_SHARE } from '@/models/readiness/share-pack';
import { PLAN_SHARE } from '@/models/plan/share-pack';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import { DEFAULT_SELECTION_STATE } from '@/models/matrix/state';
import type { KpiSheet } from '@/models/kpi';
import { EXAMPLE_ANSWERS } from '@/models/readiness/defaults';
import { gatherPlan } from '@/models/plan';
import { DEFAULT_PROFILE } from '@/models/profile';

const TODAY = '2026-06-15';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const colleagueSheet: KpiSheet = {
  pains: [],
  customKpis: [],
  rows: [{ uid: 'r1', kpiId: 'nps', baseline: '20', target: '45', deadline: '2027-06-01', owner: 'Wang', dataSource: 'Survey', goal: 'Loyalty', cadence: 'monthly' }],
};

interface Tool {
  id: 'duration' | 'kpi' | 'selection' | 'readiness' | 'plan';
  path: string;
  root: string;
  /** Where the visitor's own answers are given, when not on this page. */
  ownAt?: { path: string; root: string };
  /** The visitor makes the page their own. */
  own(page: Page): Promise<void>;
  /** A colleague's link (hash). */
  link(): Promise<string>;
}

const TOOLS: Tool[] = [
  {
    id: 'duration',
    path: '/tools/duration/',
    root: '.dur',
    own: async (page) => {
      await page.selectOption('#dur-companySize', 'small');
      await page.fill('#dur-startDate', '2027-01-04');
      await page.locator('#dur-startDate').dispatchEvent('input');
      // The form's code may still be on its way (it waits for the visitor): its moves are played first.
      await rendered(page);
    },
    link: async () => shareFragment('duration', { ...DEFAULT_DURATION_INPUT, companySize: 'large', integrations: 8, startDate: '2027-03-01' }, DURATION_SHARE),
  },
  {
    id: 'kpi',
    path: '/tools/kpi/',
    root: '.kpi',
    own: async (page) => {
      await page.click('#kpi-load-example');
      await page.waitForSelector('.kpi-editor');
    },
    link: async () => shareFragment('kpi', colleagueSheet, KPI_SHARE),
  },
  {
    id: 'selection',
    path: '/tools/selection/',
    root: '.sel',
    own: async (page) => {
      await page.selectOption('#sel-preset', 'growing-custom');
      await page.click('.sel-preset-row button');
    },
    link: async () => shareFragment('selection', { ...DEFAULT_SELECTION_STATE, tco: { ...DEFAULT_SELECTION_STATE.tco, users: 300, years: 5 } }, SELECTION_SHARE),
  },
  {
    id: 'readiness',
    path: '/tools/readiness/',
    root: '.rd',
    own: async (page) => {
      await page.locator('.rd input[type="radio"]').first().check();
    },
    link: async () => shareFragment('readiness', { ...EXAMPLE_ANSWERS }, READINESS_SHARE),
  },
  {
    id: 'plan',
    path: '/plan/',
    root: '.plan',
    // The plan keeps no answers of its own: the visitor's plan is what the tools hold.
    ownAt: { path: '/tools/duration/', root: '.dur' },
    own: async (page) => {
      await page.selectOption('#dur-companySize', 'small');
      await rendered(page);
    },
    link: async () =>
      shareFragment(
        'plan',
        gatherPlan({ profile: DEFAULT_PROFILE, readinessAnswers: { ...EXAMPLE_ANSWERS }, duration: { ...DEFAULT_DURATION_INPUT, companySize: 'large' }, selection: DEFAULT_SELECTION_STATE, kpi: colleagueSheet }),
        PLAN_SHARE,
      ),
  },
];

/** Everything the site saved, scenarios aside: what "untouched" means. */
const saved = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('crmpb:') && !k.startsWith('crmpb:scenarios:'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

/** The visitor's own answers, given where the tool (or, for the plan, a tool) asks for them. */
async function makeOwn(context: BrowserContext, tool: Tool, locale: Locale) {
  const at = tool.ownAt ?? tool;
  const { page } = await openTool(context, { ...tool, ...at }, locale);
  await tool.own(page);
  await page.waitForSelector(`${at.root}[data-ready="true"]`);
  const mine = await saved(page);
  await page.close();
  return mine;
}

async function openTool(context: BrowserContext, tool: Pick<Tool, 'path' | 'root'>, locale: Locale, hash = '') {
  const watch = await watchedPage(context, baseUrl());
  await watch.page.goto(`${baseUrl()}/${locale}${tool.path}${hash}`);
  await watch.page.waitForSelector(`${tool.root}[data-ready="true"]`);
  return watch;
}

async function expectNoViolations(page: Page) {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe.each(LOCALES)('shared links, undo and scenarios (%s)', (locale) => {
  const t = scn[locale];

  describe.each(TOOLS)('$id', (tool) => {
    it('a colleague’s link is a read-only preview; “Replace mine” keeps mine as a scenario and can be undone', async () => {
      const context = await openContext(browser, { today: TODAY });
      const mine = await makeOwn(context, tool, locale);
      expect(Object.keys(mine).length).toBeGreaterThan(0);

      // The colleague's link, in the same browser profile.
      const { page, consoleErrors } = await openTool(context, tool, locale, await tool.link());
      const bar = page.locator('[data-testid="shared-bar"]');
      await bar.waitFor();
      expect(await bar.locator('h2').innerText()).toBe(t['bar.title']);
      expect(await saved(page)).toEqual(mine);
      if (tool.id !== 'plan') expect(await page.locator(`${tool.root} :is(input, select, button):not([disabled])`).count()).toBe(0);
      else expect(await page.getAttribute('.plan', 'data-mode')).toBe('shared');

      // Compare with mine: the differences are marked.
      await bar.locator('[data-action="compare"]').click();
      await page.waitForSelector('[data-testid="compare"]');
      expect(await page.locator('[data-testid="compare"] tr[data-differs="true"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="compare"] .badge', { hasText: t['cmp.differs'] }).count()).toBeGreaterThan(0);
      expect(await saved(page)).toEqual(mine);

      await bar.locator('[data-action="replace"]').click();
      await page.waitForSelector('[data-testid="toast"]');
      expect(await page.locator('[data-testid="toast"]').innerText()).toContain(t['toast.undo']);
      expect(await page.locator('.toast-region').getAttribute('role')).toBe('status');
      await expect.poll(() => saved(page)).not.toEqual(mine);
      const scenarios = await page.evaluate((id) => JSON.parse(localStorage.getItem(`crmpb:scenarios:${id}:v1`) ?? '[]'), tool.id);
      expect(scenarios).toHaveLength(1);
      expect(scenarios[0].name).toContain(t['bar.ownName'].split('{date}')[0]!.trim());
      if (tool.id !== 'plan') expect(await page.locator(`${tool.root} :is(input, select, button):not([disabled])`).count()).toBeGreaterThan(0);

      await page.locator('[data-testid="toast"] [data-action="undo"]').click();
      // The plan puts its state back through every tool's store, so tools left at their defaults may
      // now hold those defaults explicitly; what the visitor had is back exactly.
      if (tool.id === 'plan') await expect.poll(() => saved(page)).toMatchObject(mine);
      else await expect.poll(() => saved(page)).toEqual(mine);
      await expect.poll(() => page.locator('[data-testid="toast"]').innerText()).toContain(t['toast.undone']);
      expect(page.url()).not.toContain('=');
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('a truncated or altered link changes nothing and says which it was', async () => {
      const context = await openContext(browser, { today: TODAY });
      const mine = await makeOwn(context, tool, locale);
      const full = await tool.link();
      const { page, consoleErrors } = await openTool(context, tool, locale, full.slice(0, Math.ceil(full.length / 2)));
      const notice = page.locator('[data-testid="shared-invalid"] [role="alert"]');
      await notice.waitFor();
      const text = await notice.innerText();
      // What was wrong, in the visitor's language, and that their own data is untouched.
      expect(Object.entries(t).filter(([k]) => k.startsWith('invalid.')).map(([, v]) => v)).toContain(text);
      expect(text).toMatch(locale === 'en' ? /your own data is untouched/i : /你自己的数据未受影响/);
      expect(await saved(page)).toEqual(mine);
      expect(await page.locator('[data-testid="shared-bar"]').count()).toBe(0);
      expect(await page.getAttribute('[data-testid="shared-invalid"]', 'data-reason')).toBe('truncated');
      expect(text).toBe(t['invalid.truncated']);

      // The same link at its full length with one character changed in the middle was altered, not cut.
      const at = full.indexOf('=') + Math.floor((full.length - full.indexOf('=')) / 2);
      const changed = full.slice(0, at) + (full[at] === 'A' ? 'B' : 'A') + full.slice(at + 1);
      const other = await openTool(context, tool, locale, changed);
      await other.page.locator('[data-testid="shared-invalid"] [role="alert"]').waitFor();
      expect(await other.page.getAttribute('[data-testid="shared-invalid"]', 'data-reason')).toBe('corrupt');
      expect(await other.page.locator('[data-testid="shared-invalid"] [role="alert"]').innerText()).toBe(t['invalid.corrupt']);
      expect(await saved(other.page)).toEqual(mine);
      expect([...consoleErrors, ...other.consoleErrors]).toEqual([]);
      await context.close();
    });
  });

  it('a link pasted with the sentence’s full stop or bracket still attached opens as the colleague’s version', async () => {
    for (const tool of TOOLS) {
      const context = await openContext(browser, { today: TODAY });
      await makeOwn(context, tool, locale);
      for (const tail of ['。', ')']) {
        const { page } = await openTool(context, tool, locale, (await tool.link()) + tail);
        await page.locator('[data-testid="shared-bar"] h2').waitFor();
        expect(await page.locator('[data-testid="shared-bar"] h2').innerText(), `${tool.id} ${tail}`).toBe(t['bar.title']);
        await page.close();
      }
      await context.close();
    }
  });

  it('scenarios: save, keep a shared version, compare the two with the differences marked; delete is undoable', async () => {
    const context = await openContext(browser, { today: TODAY });
    const tool = TOOLS[0]!;
    const { page } = await openTool(context, tool, locale);
    await tool.own(page);
    await page.click('[data-scenarios]');
    await page.waitForSelector('[data-testid="scenarios"]');
    expect(await page.getAttribute('[data-scenarios]', 'aria-expanded')).toBe('true');
    await page.fill('#scn-name', locale === 'en' ? 'Start in January' : '1 月启动');
    await page.click('[data-action="save-scenario"]');
    await page.waitForSelector('.scn-list li');
    await page.click('[data-action="close-scenarios"]');

    await page.goto(`${baseUrl()}/${locale}${tool.path}${await tool.link()}`);
    await page.click('[data-testid="shared-bar"] [data-action="keep"]');
    await page.waitForSelector('[data-testid="shared-done"]');
    expect(await page.locator('[data-testid="shared-bar"]').count()).toBe(0);

    await page.click('[data-scenarios]');
    await page.waitForSelector('[data-testid="scenarios"]');
    expect(await page.locator('.scn-list li').count()).toBe(2);
    const values = await page.locator('#scn-pick-0 option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await page.selectOption('#scn-pick-0', values[1]!);
    await page.selectOption('#scn-pick-1', values[2]!);
    await page.click('.scn-compare-form [data-action="compare"]');
    await page.waitForSelector('[data-testid="compare"]');
    const differing = page.locator('[data-testid="compare"] tr[data-differs="true"] th');
    const labels = await differing.allInnerTexts();
    expect(labels.some((l) => l.includes(t['cmp.dur.goLive']))).toBe(true);
    expect(labels.some((l) => l.includes(t['cmp.dur.likely']))).toBe(true);
    expect(await page.locator('[data-testid="compare-summary"]').innerText()).toMatch(/\d/);

    // Delete, then undo.
    await page.locator('.scn-list li').first().locator('[data-action="delete"]').click();
    await page.waitForSelector('[data-testid="toast"]');
    expect(await page.locator('.scn-list li').count()).toBe(1);
    await page.click('[data-testid="toast"] [data-action="undo"]');
    await expect.poll(() => page.locator('.scn-list li').count()).toBe(2);
    await context.close();
  });

  it('a full scenario list is no dead end: the bar says so, lists the scenarios to delete one, and then keeps the shared version', async () => {
    const context = await openContext(browser, { today: TODAY });
    const tool = TOOLS[0]!;
    const mine = await makeOwn(context, tool, locale);
    // Twenty scenarios, the most a tool keeps, saved before the link arrives.
    const full = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `Plan ${i + 1}`, savedAt: '2026-06-01T08:00:00.000Z', state: { ...DEFAULT_DURATION_INPUT, integrations: i } }));
    const seed = await context.newPage();
    await seed.goto(`${baseUrl()}/${locale}/`);
    await seed.evaluate((list) => localStorage.setItem('crmpb:scenarios:duration:v1', JSON.stringify(list)), full);
    await seed.close();
    const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('crmpb:scenarios:duration:v1') ?? '[]') as { name: string }[]);

    const { page, consoleErrors } = await openTool(context, tool, locale, await tool.link());
    const bar = page.locator('[data-testid="shared-bar"]');
    await bar.locator('[data-testid="shared-full"]').waitFor();
    expect(await bar.locator('[data-testid="shared-full"] strong').innerText()).toBe(fill(t['bar.full'], { max: 20 }));

    // "Keep" cannot save yet: it says why and opens the list to make room; nothing changed.
    await bar.locator('[data-action="keep"]').click();
    await expect.poll(() => bar.locator('[role="status"]').innerText()).toBe(t['scn.error.full']);
    // Announced, but not shown a second time under the block that already says the list is full.
    expect(await bar.locator('[role="status"]').getAttribute('class')).toBe('visually-hidden');
    expect(await bar.locator('[data-action="make-room"]').getAttribute('aria-expanded')).toBe('true');
    expect(await bar.locator('#shared-room li').count()).toBe(20);
    expect(await stored(page)).toHaveLength(20);
    expect(await saved(page)).toEqual(mine);
    await expectNoViolations(page);

    // Deleting one (undoable) makes room; focus goes to the choices.
    await bar.locator('#shared-room li[data-scenario="Plan 3"] [data-action="delete"]').click();
    await expect.poll(() => page.locator('[data-testid="toast"]').innerText()).toContain(fill(t['toast.scenarioDeleted'], { name: 'Plan 3' }));
    await bar.locator('[data-testid="shared-full"]').waitFor({ state: 'detached' });
    expect(await bar.locator('[role="status"]').innerText()).toBe(t['bar.roomMade']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('keep');
    expect(await stored(page)).toHaveLength(19);

    await bar.locator('[data-action="keep"]').click();
    await page.waitForSelector('[data-testid="shared-done"]');
    const names = (await stored(page)).map((x) => x.name);
    expect(names).toHaveLength(20);
    expect(names).not.toContain('Plan 3');
    expect(names.at(-1)).toContain(t['bar.sharedName'].split('{date}')[0]!.trim());
    expect(await saved(page)).toEqual(mine);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('switching to a scenario keeps answers that are in no scenario as one of their own, so a later toast cannot lose them', async () => {
    const context = await openContext(browser, { today: TODAY });
    const tool = TOOLS[0]!;
    const { page } = await openTool(context, tool, locale);
    await tool.own(page);
    await page.click('[data-scenarios]');
    await page.waitForSelector('[data-testid="scenarios"]');
    await page.fill('#scn-name', 'A');
    await page.click('[data-action="save-scenario"]');
    await page.waitForSelector('.scn-list li');
    // Answers not saved anywhere.
    await page.fill('#dur-startDate', '2027-09-06');
    await page.locator('#dur-startDate').dispatchEvent('input');
    await page.locator('.scn-list li[data-scenario="A"] [data-action="switch"]').click();
    await page.waitForSelector('[data-testid="toast"]');
    const keptPrefix = t['scn.keptName'].split('{date}')[0]!.replace('{name}', 'A').trim();
    expect(await page.locator('[data-testid="toast"]').innerText()).toContain(keptPrefix);
    expect(await page.inputValue('#dur-startDate')).toBe('2027-01-04');
    // Deleting A brings a toast of its own, whose Undo replaces the switch's; the answers stay saved.
    await page.locator('.scn-list li[data-scenario="A"] [data-action="delete"]').click();
    await expect.poll(() => page.locator('[data-testid="toast"]').innerText()).toContain(fill(t['toast.scenarioDeleted'], { name: 'A' }));
    const names = await page.locator('.scn-list li .scn-name').allInnerTexts();
    expect(names).toHaveLength(1);
    expect(names[0]).toContain(keptPrefix);
    await context.close();
  });

  it('the plan is built from a saved scenario: it goes into its tool, and Undo puts the tool back', async () => {
    const context = await openContext(browser, { today: TODAY });
    const tool = TOOLS[0]!;
    const { page } = await openTool(context, tool, locale);
    const size = () => page.evaluate(() => JSON.parse(localStorage.getItem('crmpb:duration:v1') ?? '{}').companySize);
    await tool.own(page);
    const name = locale === 'en' ? 'Small firm, January' : '小公司，1 月启动';
    await page.click('[data-scenarios]');
    await page.waitForSelector('[data-testid="scenarios"]');
    await page.fill('#scn-name', name);
    await page.click('[data-action="save-scenario"]');
    await page.waitForSelector('.scn-list li');
    await page.click('[data-action="close-scenarios"]');
    await page.selectOption('#dur-companySize', 'large');
    await expect.poll(size).toBe('large');

    const plan = TOOLS.find((x) => x.id === 'plan')!;
    await page.goto(`${baseUrl()}/${locale}${plan.path}`);
    await page.waitForSelector(`${plan.root}[data-ready="true"]`);
    await page.click('[data-scenarios]');
    await page.waitForSelector('[data-testid="build-plan"]');
    // Nothing chosen: the form says what is missing and changes nothing.
    await page.click('[data-testid="build-plan"] [data-action="build"]');
    expect(await page.locator('[data-testid="build-plan"] [role="status"]').innerText()).toBe(t['build.nothing']);
    expect(await page.locator('#scn-build-kpi').isDisabled()).toBe(true);
    await page.selectOption('#scn-build-duration', { label: name });
    await page.click('[data-testid="build-plan"] [data-action="build"]');
    await page.waitForSelector('[data-testid="toast"]');
    expect(await page.locator('[data-testid="toast"]').innerText()).toContain(t['toast.built']);
    expect(await size()).toBe('small');
    await page.click('[data-testid="toast"] [data-action="undo"]');
    await expect.poll(size).toBe('large');
    await context.close();
  });

  it('reset is undoable from the toast', async () => {
    const context = await openContext(browser, { today: TODAY });
    const { page } = await openTool(context, TOOLS[0]!, locale);
    await TOOLS[0]!.own(page);
    const mine = await saved(page);
    await page.click('[data-action="reset"]');
    await page.waitForSelector('[data-testid="toast"]');
    expect(await page.locator('[data-testid="toast"]').innerText()).toContain(t['toast.reset']);
    expect(await page.inputValue('#dur-companySize')).toBe('medium');
    await page.click('[data-testid="toast"] [data-action="undo"]');
    await expect.poll(() => page.inputValue('#dur-companySize')).toBe('small');
    expect(await saved(page)).toEqual(mine);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('axe finds nothing on the bar, the comparison and the toast (%s)', async (colorScheme) => {
    const context = await openContext(browser, { today: TODAY, colorScheme });
    const tool = TOOLS[0]!;
    const { page } = await openTool(context, tool, locale, await tool.link());
    await page.waitForSelector('[data-testid="shared-bar"]');
    await expectNoViolations(page);
    await page.click('[data-testid="shared-bar"] [data-action="compare"]');
    await page.waitForSelector('[data-testid="compare"]');
    await expectNoViolations(page);
    await page.click('[data-testid="shared-bar"] [data-action="replace"]');
    await page.waitForSelector('[data-testid="toast"]');
    await expectNoViolations(page);
    await page.click('[data-scenarios]');
    await page.waitForSelector('[data-testid="scenarios"]');
    await expectNoViolations(page);
    const bad = await openTool(context, tool, locale, '#duration=eyJj');
    await bad.page.waitForSelector('[data-testid="shared-invalid"]');
    await expectNoViolations(bad.page);
    await context.close();
  });
});
