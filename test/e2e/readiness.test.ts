import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage, type PageWatch } from './support/browser';
import { runAxe, describeViolations } from './support/axe';
import { baseUrl } from './support/site';
import { assessReadiness, BEST_ANSWERS, EXAMPLE_ANSWERS, WORST_ANSWERS, DIMENSIONS, QUESTION_IDS, questionsByDimension, type ReadinessAnswers } from '@/models/readiness';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import { strings } from '@/i18n/tools/readiness';
import { LOCALES } from '@/i18n/locales';
import { citeText } from '@/lib/sources';
import { readPdf, containsText } from '../support/pdf';
import { fill, formatDate } from '@/i18n/format';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const GROUPS = questionsByDimension();
const url = (locale: string, tool = 'readiness') => `${baseUrl()}/${locale}/tools/${tool}/`;
/** A Monday in spring, clear of year-end and of the Spring Festival: the visitor's today unless a test says otherwise. */
const TODAY = '2026-03-16';

interface OpenOptions { hash?: string; colorScheme?: 'light' | 'dark'; today?: string }

/** A fresh browser context per test: answers persist in localStorage, and each test starts clean. */
async function open(locale: string, { hash = '', colorScheme = 'light', today = TODAY }: OpenOptions = {}): Promise<PageWatch & { context: BrowserContext }> {
  const context = await openContext(browser, { today, locale: 'en-US', colorScheme });
  const watch = await watchedPage(context, baseUrl());
  watch.page.setDefaultTimeout(10_000);
  await watch.page.goto(url(locale) + hash);
  await watch.page.waitForSelector('.rd[data-ready]');
  return { ...watch, context };
}

/** Goes through every step with the mouse, as a visitor would, ending on the result. */
async function answerAll(page: Page, answers: ReadinessAnswers) {
  for (const d of DIMENSIONS) {
    for (const id of GROUPS[d]) await page.check(`#rd-${id} input[value="${answers[id]}"]`);
    if (d === 'timing' && answers.plannedStart) await page.fill('#rd-plannedStart', answers.plannedStart);
    await page.click('[data-next]');
  }
  await page.waitForSelector('.rd-verdict');
}

/** The readiness self-assessment's timing flags and the estimator's codes for the same findings. */
const TIMING_FLAG: Record<string, string> = {
  'year-end': 'december-start',
  'spring-festival': 'first-month-festival',
  'training-before-festival': 'training-before-festival',
  'go-live-near-festival': 'go-live-near-festival',
};

const verdictOf = (page: Page) => page.getAttribute('.rd-verdict', 'data-verdict');
const listOf = (page: Page, attr: 'data-flag' | 'data-action') =>
  page.locator(`[${attr}]`).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attr);

/** Tabs to the next radio group. A question's help text may hold numbered source links ([5]), which are tab stops too. */
async function tabToRadio(page: Page) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) return;
  }
  throw new Error('no radio group within 10 Tab presses');
}

describe.each(LOCALES)('readiness check (%s)', (locale) => {
  const s = strings[locale] as Record<string, string>;

  it('the first step has no serious axe violation and no console error', async () => {
    const watch = await open(locale);
    expect(await watch.page.textContent('#rd-step-title')).toBe(s['step.strategy.title']);
    const violations = await runAxe(watch.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });

  it('answering every question gives a verdict, with chart, table, flags and actions linked to guides', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await answerAll(page, { ...EXAMPLE_ANSWERS });
    expect(await verdictOf(page)).toBe('go-with-care');
    expect(await page.textContent('[data-testid="readiness-score"]')).toMatch(/\d+/);
    expect(await page.locator('svg.rd-radar[role="img"]').count()).toBe(1);
    expect(await page.locator('.rd-dim-table tbody tr').count()).toBe(6);
    const actionLinks = await page.locator('.rd-actions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(actionLinks.length).toBeGreaterThan(0);
    for (const href of actionLinks) expect(href).toMatch(new RegExp(`^/${locale}/guides/[a-z-]+/$`));
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });

  it('a result with red flags has no axe violation in dark mode either', async () => {
    const watch = await open(locale, { colorScheme: 'dark' });
    await answerAll(watch.page, { ...WORST_ANSWERS, plannedStart: '2027-12-28' });
    expect(await verdictOf(watch.page)).toBe('wait');
    await watch.page.click('[data-more-actions]');
    const violations = await runAxe(watch.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('the best answers everywhere say "go"', async () => {
    const watch = await open(locale);
    await answerAll(watch.page, { ...BEST_ANSWERS, plannedStart: '2026-04-13' });
    expect(await verdictOf(watch.page)).toBe('go');
    expect(await listOf(watch.page, 'data-flag')).toEqual([]);
    await watch.context.close();
  });

  it('an expanding company with undefined processes is told to wait', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await answerAll(page, { ...BEST_ANSWERS, companyStage: 'expanding', processesDefined: 'none' });
    expect(await verdictOf(page)).toBe('wait');
    expect(await page.textContent('.rd-verdict')).toContain(s['verdict.wait.title']);
    expect(await listOf(page, 'data-flag')).toEqual(['expansion', 'no-processes']);
    expect((await listOf(page, 'data-action'))[0]).toBe('postpone-until-stable');
    expect(await page.textContent('.rd-reasons')).toContain(citeText(s['verdictReason.unsettled-company']));
    await watch.context.close();
  });

  it('a planned December start shows the year-end flag and the date to start after the festival; a March start does not', async () => {
    const watch = await open(locale, { today: '2026-11-16' });
    const { page } = watch;
    await answerAll(page, { ...BEST_ANSWERS, plannedStart: '2026-12-07' });
    expect(await verdictOf(page)).toBe('go-with-care');
    expect(await listOf(page, 'data-flag')).toEqual(['year-end']);
    const flag = await page.textContent('[data-flag="year-end"]');
    expect(flag).toContain(s['flag.year-end.title']);
    // Its source is the consultant's piece, reference [5], a link to that document on the Sources page.
    expect(await page.locator(`[data-flag="year-end"] a.cite[href="/${locale}/sources/#source-5"]`).count()).toBeGreaterThan(0);
    // Spring Festival 2027 is on 6 February; the break ends on the 14th, so the suggestion is the 15th.
    const action = await page.textContent('[data-action="start-after-festival"]');
    expect(action).toMatch(locale === 'en' ? /15 February 2027/ : /2027年2月15日/);
    await watch.context.close();

    const outside = await open(locale, { today: '2026-11-16' });
    await answerAll(outside.page, { ...BEST_ANSWERS, plannedStart: '2027-03-15' });
    expect(await verdictOf(outside.page)).toBe('go');
    expect(await listOf(outside.page, 'data-flag')).toEqual([]);
    await outside.context.close();
  });

  it('without a planned start, today decides: flagged on a December day, in the festival\'s run-up, but not in June', async () => {
    const cases: [string, string[], string][] = [
      ['2026-12-10', ['year-end'], 'go-with-care'],
      ['2027-01-25', ['spring-festival'], 'go-with-care'],
      ['2026-06-15', [], 'go'],
    ];
    for (const [today, flags, verdict] of cases) {
      const watch = await open(locale, { today });
      await answerAll(watch.page, { ...BEST_ANSWERS });
      expect(await listOf(watch.page, 'data-flag'), today).toEqual(flags);
      expect(await verdictOf(watch.page), today).toBe(verdict);
      await watch.context.close();
    }
  });

  it('a planned start that has passed: says so, and the start it suggests is not in the past either', async () => {
    const today = '2027-06-01';
    const answers = { ...BEST_ANSWERS, plannedStart: '2027-01-04' };
    const watch = await open(locale, { today });
    const { page } = watch;
    await answerAll(page, answers);
    expect(await page.textContent('.rd-start')).toContain(s['start.inPast']);
    const expected = assessReadiness(answers, today).startCheck!.suggestedStart!;
    expect(expected >= today).toBe(true);
    const action = await page.textContent('[data-action="start-after-festival"]');
    expect(action).toContain(formatDate(locale, expected));
    expect(await page.textContent('.rd-start')).toContain(fill(s['start.suggested'], { date: formatDate(locale, expected) }));
    expect(await page.textContent('.rd')).not.toContain(formatDate(locale, '2027-02-15'));
    await watch.context.close();
  });

  it('with the estimator’s answers saved (custom development, on premise), the result schedules as the estimator does, says which answers it used, and both name the same findings', async () => {
    const today = '2027-06-01';
    const answers = { ...BEST_ANSWERS, plannedStart: '2027-06-16' };
    const saved = { ...DEFAULT_DURATION_INPUT, platform: 'custom', deployment: 'onPremise' } as const;
    const watch = await open(locale, { today });
    const { page } = watch;
    await page.goto(url(locale, 'duration'));
    await page.waitForSelector('.dur[data-ready="true"]');
    await page.selectOption('#dur-platform', 'custom');
    await page.selectOption('#dur-deployment', 'onPremise');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('crmpb:duration:v1') ?? '')).toContain('onPremise');
    await page.goto(url(locale));
    await page.waitForSelector('.rd[data-ready]');
    await answerAll(page, answers);
    const expected = assessReadiness(answers, today, {}, saved);
    expect(await verdictOf(page)).toBe(expected.verdict);
    const readinessFlags = (await listOf(page, 'data-flag')).filter((f) => TIMING_FLAG[f!]);
    expect(readinessFlags).toEqual(['go-live-near-festival']);
    const used = await page.textContent('[data-testid="readiness-estimator-answers"]');
    expect(used).toContain(s['estimator.platform.custom']);
    expect(used).toContain(s['estimator.deployment.onPremise']);
    const suggested = expected.startCheck!.suggestedStart!;
    expect(await page.textContent('[data-action="start-after-festival"]')).toContain(formatDate(locale, suggested));

    await page.click('[data-handoff]');
    await page.waitForURL((u) => u.pathname === `/${locale}/tools/duration/`);
    await page.waitForSelector('[data-ready]');
    await page.locator('[data-warning="go-live-near-festival"]').waitFor();
    const durationCodes = await page.locator('.dur-warning-list [data-warning]').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning')));
    expect(durationCodes.filter((c) => Object.values(TIMING_FLAG).includes(c!))).toEqual(readinessFlags.map((f) => TIMING_FLAG[f!]));
    expect(await page.getAttribute('[data-suggested-start]', 'data-suggested-start')).toBe(suggested);
    await watch.context.close();
  });

  it('a key-staff turnover peak shows its flag and the two-key-users action', async () => {
    const watch = await open(locale);
    await answerAll(watch.page, { ...BEST_ANSWERS, keyStaffTurnover: 'high' });
    expect(await listOf(watch.page, 'data-flag')).toEqual(['key-staff-turnover']);
    expect(await watch.page.textContent('[data-action="two-key-users-per-department"]')).toContain(
      s['action.two-key-users-per-department.title'],
    );
    await watch.context.close();
  });

  it('"Next" with unanswered questions shows the message beside each one and moves no further', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await page.check('#rd-goalsDefined input[value="smart"]');
    await page.click('[data-next]');
    expect(await page.textContent('#rd-step-title')).toBe(s['step.strategy.title']);
    expect(await page.textContent('#rd-executiveSponsor-error')).toBe(s['error.missing']);
    expect(await page.textContent('#rd-budget-error')).toBe(s['error.missing']);
    expect(await page.locator('#rd-goalsDefined-error').count()).toBe(0);
    // Focus goes to the first unanswered question, so a keyboard user lands on the problem.
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe('rd-executiveSponsor');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await watch.context.close();
  });

  it('an impossible start date gets its message beside the field', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await page.click(`.rd-step >> nth=4`);
    await page.waitForSelector('#rd-plannedStart');
    await page.focus('#rd-plannedStart');
    // en-US date input: month, day, year. Year 2300 is a real date but outside 1950-2199.
    await page.keyboard.type('12312300');
    await page.locator('#rd-plannedStart').blur();
    expect(await page.textContent('#rd-plannedStart-error')).toBe(s['error.not-a-date']);
    expect(await page.getAttribute('#rd-plannedStart', 'aria-invalid')).toBe('true');
    await watch.context.close();
  });

  it('a date typed slowly keeps what was typed and its message, even when the browser commits the year digit by digit', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await page.click(`.rd-step >> nth=4`);
    await page.waitForSelector('#rd-plannedStart');
    await page.focus('#rd-plannedStart');
    // A pause between keys lets Chromium commit each partial year (0002, 0023, 0230), which the
    // model refuses; none of these refusals may clear the field while the visitor is still typing.
    await page.keyboard.type('12312300', { delay: 250 });
    await page.locator('#rd-plannedStart').blur();
    expect(await page.inputValue('#rd-plannedStart')).toBe('2300-12-31');
    expect(await page.textContent('#rd-plannedStart-error')).toBe(s['error.not-a-date']);
    // Fixing the year takes the message away and saves the date.
    await page.fill('#rd-plannedStart', '2027-03-01');
    await page.locator('#rd-plannedStart').blur();
    expect(await page.locator('#rd-plannedStart-error').count()).toBe(0);
    expect(await page.getAttribute('#rd-plannedStart', 'aria-invalid')).toBeNull();
    await watch.context.close();
  });

  it('can be completed from the keyboard alone', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await page.focus('#rd-goalsDefined input[value="smart"]');
    for (let step = 0; step < DIMENSIONS.length; step++) {
      const questions = GROUPS[DIMENSIONS[step]!];
      for (let q = 0; q < questions.length; q++) {
        await page.keyboard.press('Space'); // select the focused (first, best) answer
        if (q < questions.length - 1) await tabToRadio(page); // next radio group, past the [n] source links in its help text
      }
      // From the last radio group: Tab past the date field (and its clear button) to "Next".
      while (!(await page.evaluate(() => document.activeElement?.hasAttribute('data-next')))) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      if (step < DIMENSIONS.length - 1) {
        // Focus moved to the new step's heading; the first answer follows (after any source links).
        await page.waitForFunction(() => document.activeElement?.id === 'rd-step-title');
        await tabToRadio(page);
      }
    }
    await page.waitForSelector('.rd-verdict');
    await page.waitForFunction(() => document.activeElement?.id === 'rd-result-title');
    expect(await verdictOf(page)).toBe('go');
    await watch.context.close();
  });

  it('the answers survive a reload, part-way and at the result', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await page.check('#rd-goalsDefined input[value="vague"]');
    await page.check('#rd-executiveSponsor input[value="nominal"]');
    await page.reload();
    await page.waitForSelector('.rd[data-ready]');
    await page.waitForSelector('#rd-goalsDefined input[value="vague"]:checked');
    expect(await page.isChecked('#rd-executiveSponsor input[value="nominal"]')).toBe(true);
    expect(await page.isChecked('#rd-budget input[value="approved"]')).toBe(false);

    await answerAll(page, { ...BEST_ANSWERS, goalsDefined: 'vague', executiveSponsor: 'nominal', budget: 'partial' });
    const before = await page.textContent('.rd-verdict');
    await page.reload();
    await page.waitForSelector('.rd[data-ready] .rd-verdict');
    expect(await page.textContent('.rd-verdict')).toBe(before);
    await watch.context.close();
  });

  it('the share link shows the same result in a fresh browser as a preview, kept with “Replace mine”; a tampered one shows a notice', async () => {
    const watch = await open(locale);
    const first = watch.context;
    await answerAll(watch.page, { ...BEST_ANSWERS, companyStage: 'expanding', keyStaffTurnover: 'high', plannedStart: '2027-01-18' });
    const verdict = await verdictOf(watch.page);
    const flags = await listOf(watch.page, 'data-flag');
    await first.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
    await watch.page.click('[data-share]');
    const link = await watch.page.inputValue('[data-share-url]');
    expect(link).toContain('#readiness=');
    await first.close();

    const second = await openContext(browser, { today: TODAY });
    const page = await second.newPage();
    await page.goto(link);
    await page.waitForSelector('.rd[data-ready] .rd-verdict');
    expect(await verdictOf(page)).toBe(verdict);
    expect(await listOf(page, 'data-flag')).toEqual(flags);
    await page.waitForSelector('[data-testid="shared-bar"]');
    expect(await page.evaluate(() => localStorage.getItem('crmpb:readiness:v1'))).toBeNull();
    await page.click('[data-testid="shared-bar"] [data-action="replace"]');
    // The fragment is dropped, so later edits survive a reload.
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('crmpb:readiness:v1'))).toContain('"step":6');

    // A tampered link pasted into the same tab (only the fragment changes).
    await page.goto(url(locale) + '#readiness=eyJnb2Fsc0RlZmluZWQiOiI8c2NyaXB0PiJ9');
    await page.waitForSelector('.rd[data-ready]');
    await page.waitForSelector('[data-testid="shared-invalid"] [role="alert"]');
    expect(await page.locator('.rd script, .rd img').count()).toBe(0);
    // The visitor's own answers (the kept link) are untouched: the check still shows their result.
    await page.waitForSelector('.rd .rd-verdict');
    await second.close();
  });

  it('a shared result is the sender’s: the link carries the company it was worked out for, whatever the reader’s own profile says', async () => {
    const watch = await open(locale);
    // A large company on an ERP and an existing CRM: its training and go-live fall later than a small one's.
    await watch.page.fill('#rd-profile-employees', '5000');
    await watch.page.press('#rd-profile-employees', 'Tab');
    await watch.page.check('#rd-profile-tools-erp');
    await watch.page.check('#rd-profile-tools-crm');
    await answerAll(watch.page, { ...BEST_ANSWERS, plannedStart: '2026-12-20' });
    const start = await watch.page.innerText('.rd-start');
    const handoff = await watch.page.innerText('[data-testid="handoff-summary"]');
    expect(handoff).toMatch(/5[,\u00a0 ]?000/);
    await watch.context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
    await watch.page.click('[data-share]');
    const link = await watch.page.inputValue('[data-share-url]');
    await watch.context.close();

    // A reader with a company of their own: 20 people on spreadsheets.
    const reader = await openContext(browser, { today: TODAY });
    await reader.addInitScript(() => {
      if (!localStorage.getItem('crmpb:profile:v1')) localStorage.setItem('crmpb:profile:v1', JSON.stringify({ version: 1, companyName: '', companySize: null, industry: '', employees: 20, plannedStart: null, currentTools: ['spreadsheets'] }));
    });
    const page = await reader.newPage();
    await page.goto(link);
    await page.waitForSelector('.rd[data-ready] .rd-verdict');
    await page.waitForSelector('[data-testid="shared-bar"]');
    expect(await page.innerText('.rd-start')).toBe(start);
    expect(await page.innerText('[data-testid="handoff-summary"]')).toBe(handoff);
    // The reader's own profile is as it was.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('crmpb:profile:v1')))!).employees).toBe(20);
    await reader.close();
  });

  it('the hand-off fills the duration estimator', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await answerAll(page, {
      ...BEST_ANSWERS,
      companyStage: 'expanding',
      processesDefined: 'documented',
      keyStaffTurnover: 'high',
      executiveSponsor: 'nominal',
      projectTeam: 'itOnly',
      keyUsersAvailable: 'partTime',
      dataState: 'scattered',
      integrationNeeds: 'few',
      plannedStart: '2027-03-01',
    });
    await page.click('[data-handoff]');
    await page.waitForURL((u) => u.pathname === `/${locale}/tools/duration/`);
    await page.waitForSelector('[data-ready]');
    // It says what it carried, and the query that told it so is gone, so a reload does not repeat it.
    const carried = await page.textContent('[data-carried="readiness"]');
    expect(carried).toContain('2027');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.inputValue('#dur-internalCommitment')).toBe('3');
    // Customer data "scattered" (Excel, WeChat) lowers digital maturity; "a few" systems to connect is 2.
    expect(await page.inputValue('#dur-digitalMaturity')).toBe('2');
    expect(await page.inputValue('#dur-integrations')).toBe('2');
    expect(await page.isChecked('#dur-expanding')).toBe(true);
    expect(await page.isChecked('#dur-keyStaffTurnover')).toBe(true);
    expect(await page.inputValue('#dur-startDate')).toBe('2027-03-01');
    // The planned start is also in the shared profile, for the plan page.
    const profile = await page.evaluate(() => JSON.parse(localStorage.getItem('crmpb:profile:v1') ?? '{}'));
    expect(profile.plannedStart).toBe('2027-03-01');
    await watch.context.close();
  });

  it('a December start: the readiness self-assessment, the estimator and the plan name the same finding, and one click moves the start everywhere', async () => {
    const watch = await open(locale, { today: '2026-11-16' });
    const { page } = watch;
    await answerAll(page, { ...BEST_ANSWERS, plannedStart: '2026-12-07' });
    expect(await listOf(page, 'data-flag')).toEqual(['year-end']);
    await page.click('[data-handoff]');
    await page.waitForURL((u) => u.pathname === `/${locale}/tools/duration/`);
    await page.waitForSelector('[data-ready]');
    await page.locator('[data-warning="december-start"]').waitFor();
    const offer = page.locator('[data-suggested-start]');
    // Spring Festival 2027 is on 6 February; the break ends on the 14th.
    expect(await offer.getAttribute('data-suggested-start')).toBe('2027-02-15');
    await page.goto(`${baseUrl()}/${locale}/plan/`);
    await page.locator('[data-testid="timeline-warnings"] [data-warning="december-start"]').waitFor();
    await page.goto(url(locale, 'duration'));
    await page.waitForSelector('[data-ready]');
    await page.locator('[data-suggested-start] button').click();
    await expect.poll(() => page.inputValue('#dur-startDate')).toBe('2027-02-15');
    // Back in the readiness self-assessment, the new start is taken over, and it says so.
    await page.goto(url(locale));
    await page.locator('[data-start-synced]').waitFor();
    expect(await listOf(page, 'data-flag')).toEqual([]);
    await page.goto(`${baseUrl()}/${locale}/plan/`);
    await page.locator('[data-testid="timeline-warnings"], .plan-report').first().waitFor();
    expect(await page.locator('[data-warning="december-start"]').count()).toBe(0);
    await watch.context.close();
  });

  it('a 60-person firm on spreadsheets and WeChat starting just before the Spring Festival: the three tools report the same findings, the profile is carried, and one click moves the start everywhere', async () => {
    const watch = await open(locale, { today: '2026-11-16' });
    const { page } = watch;
    // The company, asked once on the first step, goes to the shared profile.
    await page.fill('#rd-profile-employees', '60');
    await page.press('#rd-profile-employees', 'Tab');
    await page.check('#rd-profile-tools-spreadsheets');
    await page.check('#rd-profile-tools-chat');
    // 25 January 2027: the first month runs into the break around 6 February.
    await answerAll(page, { ...BEST_ANSWERS, plannedStart: '2027-01-25' });
    const readinessFlags = (await listOf(page, 'data-flag')).filter((f) => TIMING_FLAG[f!]);
    expect(readinessFlags).toContain('spring-festival');
    const summary = await page.textContent('[data-testid="handoff-summary"]');
    expect(summary).toContain('60');

    await page.click('[data-handoff]');
    await page.waitForURL((u) => u.pathname === `/${locale}/tools/duration/`);
    await page.waitForSelector('[data-ready]');
    // 60 employees is a small company; spreadsheets and chat cap digital maturity at 2.
    expect(await page.inputValue('#dur-companySize')).toBe('small');
    expect(await page.inputValue('#dur-digitalMaturity')).toBe('2');
    expect(await page.textContent('[data-profile-taken]')).toContain('60');
    await page.locator('[data-warning="first-month-festival"]').waitFor();
    const durationCodes = async () =>
      (await page.locator('.dur-warning-list [data-warning]').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning')))).filter((c) =>
        Object.values(TIMING_FLAG).includes(c!),
      );
    // The same findings as the readiness self-assessment, named by the estimator's codes.
    expect(await durationCodes()).toEqual(readinessFlags.map((f) => TIMING_FLAG[f!]));
    const suggested = await page.locator('[data-suggested-start]').getAttribute('data-suggested-start');
    expect(suggested! > '2027-01-25').toBe(true);

    await page.goto(`${baseUrl()}/${locale}/plan/`);
    await page.locator('[data-testid="timeline-warnings"] [data-warning="first-month-festival"]').waitFor();
    // The plan's chart shows the festival the schedule pauses for, as the estimator's does.
    expect(await page.locator('.plan-gantt [data-holiday="spring-festival"]').count()).toBe(1);

    await page.goto(url(locale, 'duration'));
    await page.waitForSelector('[data-ready]');
    await page.locator('[data-suggested-start] button').click();
    await expect.poll(() => page.inputValue('#dur-startDate')).toBe(suggested);
    await expect.poll(durationCodes).toEqual([]);
    await page.goto(url(locale));
    await page.locator('[data-start-synced]').waitFor();
    expect((await listOf(page, 'data-flag')).filter((f) => TIMING_FLAG[f!])).toEqual([]);
    await page.goto(`${baseUrl()}/${locale}/plan/`);
    await page.locator('[data-testid="timeline-warnings"], .plan-report').first().waitFor();
    expect(await page.locator('[data-warning="first-month-festival"]').count()).toBe(0);
    await watch.context.close();
  });

  it('prints the result without the questions and navigation', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await answerAll(page, { ...BEST_ANSWERS, dataState: 'paper' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.rd-progress')).toBe(false);
    expect(await page.isVisible('.rd-share')).toBe(false);
    expect(await page.isVisible('.rd-verdict')).toBe(true);
    expect(await page.isVisible('.rd-radar')).toBe(true);
    expect(await page.isVisible('.rd-answers')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    // The printout is dated (the test's today), read back with an independent PDF reader.
    const text = (await readPdf(pdf)).map((p) => p.text).join('\n');
    expect(containsText(text, fill(s['print.date'], { date: formatDate(locale, TODAY) }))).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await watch.context.close();
  });

  it('printed part-way, says the assessment is unfinished and how far it got, instead of a blank page', async () => {
    const watch = await open(locale);
    const { page } = watch;
    await page.waitForSelector('.rd[data-ready]');
    const text = (await readPdf(await page.pdf({ format: 'A4' }))).map((p) => p.text).join('\n');
    const total = QUESTION_IDS.length;
    expect(containsText(text, fill(s['print.unfinished'], { answered: 0, total }))).toBe(true);
    await watch.context.close();
  });
});

describe('readiness page without JavaScript', () => {
  it.each(LOCALES)('%s lists every question and explains the verdict', async (locale) => {
    const ctx = await openContext(browser, { today: TODAY, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(url(locale));
    const s = strings[locale] as Record<string, string>;
    const body = await page.textContent('body');
    for (const id of Object.values(GROUPS).flat()) expect(body).toContain(s[`q.${id}.label`]);
    expect(body).toContain(citeText(s['how.rule.unsettled']));
    expect(body).toContain(s['how.example.heading']);
    await ctx.close();
  });
});
