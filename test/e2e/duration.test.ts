// Browser tests of the duration estimator against the built site, in both locales.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openContext, watchedPage, type PageWatch } from './support/browser';
import { describeViolations, runAxe } from './support/axe';
import { rendered } from './support/edit';
import { baseUrl } from './support/site';
import { strings } from '@/i18n/tools/duration';
import { dictionaries } from '@/i18n/t';
import { LOCALES, type Locale } from '@/i18n/locales';
import { fill as fillText, formatDate } from '@/i18n/format';
import { encodeSharePayload } from '@/lib/share-link';
import { readCsv, readIcs } from '../support/exports';
import { pngSize, svgTexts } from '../support/images';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The visitor's today: a Monday before every start date these tests type. */
const TODAY = '2025-09-15';

const url = (locale: Locale, hash = '') => `${baseUrl()}/${locale}/tools/duration/${hash}`;

async function open(context: BrowserContext, locale: Locale, hash = ''): Promise<PageWatch> {
  const watch = await watchedPage(context, baseUrl());
  await watch.page.goto(url(locale, hash));
  await watch.page.waitForSelector('.dur[data-ready="true"]');
  return watch;
}

const total = (page: Page) => page.locator('[data-testid="duration-total"]').innerText();

/** Console errors, CSP violations included (the test server sends the production CSP). */
const appErrors = (watch: PageWatch) => watch.consoleErrors;

async function fill(page: Page, selector: string, value: string) {
  await page.fill(selector, value);
  await page.locator(selector).dispatchEvent('input');
}

describe.each(LOCALES)('duration estimator (%s)', (locale) => {
  const s = strings[locale];
  let context: BrowserContext;

  // A fresh browser profile per test: answers saved by one test (and the shared company profile
  // they write to) must not prefill the next.
  beforeEach(async () => {
    context = await openContext(browser, { today: TODAY, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  });
  afterEach(async () => {
    await context?.close();
  });

  it('shows the default estimate, built into the page, without JavaScript', async () => {
    const noJs = await openContext(browser, { today: TODAY, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url(locale));
    const text = await total(page);
    expect(text.length).toBeGreaterThan(10);
    expect(await page.locator('.dur-table tbody tr').count()).toBe(5);
    expect(await page.locator('.dur-gantt svg rect').count()).toBeGreaterThanOrEqual(10);
    await noJs.close();
  });

  it('changing an input changes the total, with no console error and no foreign request', async () => {
    const watch = await open(context, locale);
    const { page } = watch;
    const before = await total(page);
    await page.selectOption('#dur-companySize', 'large');
    await expect.poll(() => total(page)).not.toBe(before);
    const larger = await total(page);
    await page.check('#dur-switchingVendor');
    await expect.poll(() => total(page)).not.toBe(larger);
    await expect.poll(() => page.locator('[data-warning="switching-vendor"]').count()).toBe(1);
    await page.click('[data-action="reset"]');
    await expect.poll(() => total(page)).toBe(before);
    expect(await page.inputValue('#dur-companySize')).toBe('medium');
    expect(await page.locator('.dur-action-status').innerText()).toBe(s['action.resetDone']);
    // …and can be taken back from the toast.
    await page.waitForSelector('[data-testid="toast"] [data-action="undo"]');
    expect(appErrors(watch)).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  it('a bad value shows its message beside the field and the last good result stays', async () => {
    const { page } = await open(context, locale);
    await fill(page, '#dur-integrations', '4');
    await expect.poll(() => page.locator('#dur-integrations-error').count()).toBe(0);
    await rendered(page);
    const good = await total(page);

    await fill(page, '#dur-integrations', '25');
    await expect.poll(() => page.locator('#dur-integrations-error').innerText()).toContain(s['error.integrations.out-of-range']);
    expect(await page.getAttribute('#dur-integrations', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#dur-integrations', 'aria-describedby')).toContain('dur-integrations-error');
    expect(await total(page)).toBe(good);
    expect(await page.locator('[data-testid="duration-stale"]').count()).toBe(1);
    // A link copied now carries the last valid answers, and the confirmation says so.
    await page.click('[data-action="share"]');
    await expect.poll(() => page.locator('.dur-actions .copy-link-status').innerText()).toBe(s['action.linkCopiedStale']);

    await fill(page, '#dur-integrations', '2.5');
    await expect.poll(() => page.locator('#dur-integrations-error').innerText()).toContain(s['error.not-a-whole-number']);
    await fill(page, '#dur-integrations', 'abc');
    await expect.poll(() => page.locator('#dur-integrations-error').innerText()).toContain(s['error.not-a-number']);
    expect(await total(page)).toBe(good);

    // The rest of the form keeps working while one answer is wrong.
    await fill(page, '#dur-integrations', '12');
    await expect.poll(() => page.locator('#dur-integrations-error').count()).toBe(0);
    await expect.poll(() => total(page)).not.toBe(good);
    await page.close();
  });

  it('a half-typed or impossible start date says so and keeps the dates; finishing it clears the message', async () => {
    const { page } = await open(context, locale);
    await fill(page, '#dur-startDate', '2027-03-01');
    await expect.poll(() => page.locator('.dur-golive-text').count()).toBe(1);
    const goLive = await page.locator('.dur-golive-text').innerText();
    // Clearing one part of the date (as Backspace on the day does) leaves a date input that reads "".
    await page.locator('#dur-startDate').focus();
    await page.keyboard.press('Backspace');
    await page.locator('#dur-startDate').blur();
    expect(await page.locator('#dur-startDate').evaluate((el: HTMLInputElement) => el.validity.badInput)).toBe(true);
    await expect.poll(() => page.locator('#dur-startDate-error').innerText()).toContain(s['error.not-a-date']);
    expect(await page.getAttribute('#dur-startDate', 'aria-invalid')).toBe('true');
    expect(await page.locator('.dur-golive-text').innerText()).toBe(goLive);
    expect(await page.locator('[data-testid="duration-stale"]').count()).toBe(1);
    // What was typed stays in the field to be fixed; a whole date clears the message.
    expect(await page.locator('#dur-startDate').evaluate((el: HTMLInputElement) => el.validity.badInput)).toBe(true);
    await fill(page, '#dur-startDate', '2027-04-05');
    await expect.poll(() => page.locator('#dur-startDate-error').count()).toBe(0);
    await expect.poll(() => page.locator('.dur-golive-text').innerText()).not.toBe(goLive);
    await page.close();
  });

  it('answers survive a reload', async () => {
    const { page } = await open(context, locale);
    await page.selectOption('#dur-platform', 'custom');
    await fill(page, '#dur-startDate', '2027-03-01');
    await rendered(page);
    const before = await total(page);
    await page.reload();
    await page.waitForSelector('.dur[data-ready="true"]');
    expect(await page.inputValue('#dur-platform')).toBe('custom');
    expect(await page.inputValue('#dur-startDate')).toBe('2027-03-01');
    expect(await total(page)).toBe(before);
    await page.close();
  });

  it('the share link shows the same result in a new page, as a read-only preview', async () => {
    const { page } = await open(context, locale);
    await page.selectOption('#dur-companySize', 'small');
    await page.selectOption('#dur-digitalMaturity', '1');
    await page.check('#dur-agile');
    await fill(page, '#dur-startDate', '2026-09-01');
    await rendered(page);
    const expected = await total(page);
    const goLive = await page.locator('.dur-golive-text').innerText();
    await page.click('[data-action="share"]');
    await page.waitForSelector('.dur-action-status p, #dur-share-link');
    const link =
      (await page.locator('#dur-share-link').count()) > 0
        ? await page.inputValue('#dur-share-link')
        : await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#duration=');
    // A link shown for answers since changed is out of date: it goes, with its "copied" message.
    await page.waitForSelector('#dur-share-link');
    await page.selectOption('#dur-companySize', 'medium');
    await expect.poll(() => page.locator('#dur-share-link').count()).toBe(0);
    expect((await page.locator('.dur-actions .copy-link-status').innerText()).trim()).toBe('');
    await page.close();

    // A fresh context: nothing saved, only the link.
    const fresh = await openContext(browser, { today: TODAY });
    const watch = await watchedPage(fresh, baseUrl());
    await watch.page.goto(link);
    await watch.page.waitForSelector('.dur[data-ready="true"]');
    expect(await total(watch.page)).toBe(expected);
    expect(await watch.page.locator('.dur-golive-text').innerText()).toBe(goLive);
    expect(await watch.page.inputValue('#dur-companySize')).toBe('small');
    expect(await watch.page.isChecked('#dur-agile')).toBe(true);
    expect(await watch.page.locator('.notice[role="alert"]').count()).toBe(0);
    await watch.page.waitForSelector('[data-testid="shared-bar"]');
    expect(await watch.page.isDisabled('#dur-companySize')).toBe(true);
    expect(await watch.page.evaluate(() => localStorage.getItem('crmpb:duration:v1'))).toBeNull();
    await fresh.close();
  });

  it.each([
    ['garbage', '#duration=%%%not-base64'],
    ['markup', `#duration=${encodeSharePayload({ companySize: '<img src=x onerror="document.title=1">', complexity: 3 })}`],
    ['wrong types', `#duration=${encodeSharePayload({ companySize: 'small', complexity: 9, integrations: -4 })}`],
  ])('a tampered link (%s) changes nothing and says so, never markup', async (_name, hash) => {
    const fresh = await openContext(browser, { today: TODAY });
    const watch = await open(fresh, locale, hash);
    const { page } = watch;
    await expect.poll(() => page.locator('[data-testid="shared-invalid"] [role="alert"]').innerText()).toMatch(locale === 'en' ? /your own data is untouched/i : /你自己的数据未受影响/);
    expect(await page.inputValue('#dur-companySize')).toBe('medium');
    expect(await page.locator('.dur img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    expect(appErrors(watch)).toEqual([]);
    await fresh.close();
  });

  it('prefills from the shared profile on a first visit and says what it took: 60 employees is small, spreadsheets and chat lower maturity', async () => {
    const fresh = await openContext(browser, { today: TODAY });
    await fresh.addInitScript(() => {
      if (!localStorage.getItem('crmpb:profile:v1')) {
        localStorage.setItem(
          'crmpb:profile:v1',
          JSON.stringify({ version: 1, companyName: '', companySize: 'medium', industry: '', employees: 60, plannedStart: '2026-04-01', currentTools: ['spreadsheets', 'chat'] }),
        );
      }
    });
    const { page } = await open(fresh, locale);
    expect(await page.inputValue('#dur-companySize')).toBe('small');
    expect(await page.inputValue('#dur-startDate')).toBe('2026-04-01');
    expect(await page.inputValue('#dur-digitalMaturity')).toBe('2');
    const notice = await page.locator('[data-profile-taken]').innerText();
    expect(notice).toContain(dictionaries[locale]['profile.employees'].replace('{n}', '60'));
    expect(notice).toContain(dictionaries[locale]['profile.tool.chat']);
    await page.locator('[data-profile-taken] a').click();
    await fresh.close();
  });

  it('on a return visit with answers of its own, takes nothing and says nothing', async () => {
    const { page } = await open(context, locale);
    await fill(page, '#dur-integrations', '3');
    await page.reload();
    await page.locator('.dur[data-ready="true"]').waitFor();
    expect(await page.locator('[data-profile-taken]').count()).toBe(0);
    await page.close();
  });

  it('the .ics file reads in a calendar app with all-day phases and stable UIDs, and the CSV holds the rows on screen', async () => {
    const { page } = await open(context, locale);
    expect(await page.isDisabled('[data-action="ics"]')).toBe(true);
    await fill(page, '#dur-startDate', '2026-03-02');
    await expect.poll(() => page.isDisabled('[data-action="ics"]')).toBe(false);

    const exportIcs = async () => {
      const [ics] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="ics"]')]);
      expect(ics.suggestedFilename()).toMatch(/\.ics$/);
      return readIcs(readFileSync((await ics.path())!, 'utf8')).events;
    };
    const events = await exportIcs();
    expect(events).toHaveLength(7);
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(events[0]!.summary).toBe(s['phase.planning']);
    expect(events[0]!.start).toBe('2026-03-02');
    expect(events[5]!.summary).toBe(s['export.goLive']);
    expect(events[6]!.summary).toBe(s['export.p80']);
    expect(events[6]!.start >= events[5]!.start).toBe(true);
    // Phases follow one another: each starts no earlier than the previous one starts, and ends after it starts.
    for (const e of events) expect(e.endExclusive > e.start).toBe(true);
    await page.reload();
    await page.waitForSelector('.dur[data-ready="true"]');
    expect((await exportIcs()).map((e) => e.uid)).toEqual(events.map((e) => e.uid));

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="csv"]')]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const raw = readFileSync((await csv.path())!, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = readCsv(raw);
    expect(rows).toHaveLength(7);
    expect(rows[0]![0]).toBe(s['export.col.phase']);
    expect(rows[1]![5]).toBe('2026-03-02');
    // Every phase row of the table on screen is a CSV row with the same phase and likely weeks.
    const screen = await page.locator('.dur-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())),
    );
    expect(screen.length).toBeGreaterThanOrEqual(5);
    screen.slice(0, 5).forEach((cells, i) => {
      expect(cells[0]).toContain(rows[i + 1]![0]);
      expect(Number(cells[2]!.replace(/[^\d.]/g, ''))).toBeCloseTo(Number(rows[i + 1]![3]), 1);
    });
    // The phases in the CSV are the events in the calendar, day for day.
    rows.slice(1, 6).forEach((r, i) => {
      expect(r[5]).toBe(events[i]!.start);
      expect(events[i]!.endExclusive).toBe(new Date(Date.parse(`${r[6]}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    });
    await page.close();
  });

  it('the Gantt downloads as SVG and PNG for slides, with its title, legend and the company name, colours resolved', async () => {
    const fresh = await openContext(browser, { today: TODAY, acceptDownloads: true });
    await fresh.addInitScript(() => {
      if (!localStorage.getItem('crmpb:profile:v1')) {
        localStorage.setItem('crmpb:profile:v1', JSON.stringify({ version: 1, companyName: '华东精工', companySize: 'medium', industry: '', employees: 60, plannedStart: '', currentTools: [] }));
      }
    });
    const { page } = await open(fresh, locale);
    // A start in autumn runs through National Day and Spring Festival: the holiday key joins the legend.
    await fill(page, '#dur-startDate', '2026-09-01');
    await page.locator('.dur-key-holiday').waitFor();
    // Beside the CSV button: LibreOffice users are told to pick UTF-8.
    expect(await page.locator('.dur-actions').innerText()).toContain(s['action.csvNote']);
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="svg"]')]);
    expect(svgFile.suggestedFilename()).toBe(`${s['export.imageName']}.svg`);
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).not.toMatch(/class="/);
    const { texts } = svgTexts(svg);
    expect(texts).toContain(s['chart.title']);
    expect(texts).toContain(s['chart.legendLikely']);
    expect(texts).toContain(s['chart.legendHigh']);
    expect(texts).toContain(s['chart.holidays']);
    expect(texts).toContain(`华东精工 · ${TODAY}`);
    expect(texts.some((t) => t.startsWith(s['phase.planning']))).toBe(true);
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="png"]')]);
    expect(pngFile.suggestedFilename()).toBe(`${s['export.imageName']}.png`);
    const size = pngSize(readFileSync((await pngFile.path())!));
    expect(size.width).toBeGreaterThanOrEqual(800);
    expect(size.height).toBeGreaterThanOrEqual(300);
    expect(size.width).toBeLessThanOrEqual(4000);
    if (process.env.KEEP_EXPORTS) {
      await pngFile.saveAs(`${process.env.KEEP_EXPORTS}/duration-gantt-${locale}.png`);
      await svgFile.saveAs(`${process.env.KEEP_EXPORTS}/duration-gantt-${locale}.svg`);
    }
    await fresh.close();
  });

  it.each([375, 1280])('at %i px, a saved start date draws the same chart after a reload as when it is typed, and the calendar export works', async (width) => {
    const chart = (page: Page) =>
      page.locator('.dur-gantt svg').evaluate((svg) => ({
        bars: [...svg.querySelectorAll('rect[rx]')].map((r) => ['x', 'y', 'width'].map((a) => Math.round(Number(r.getAttribute(a))))),
        labels: [...svg.querySelectorAll('text.dur-label, text.dur-tick')].map((t) => [t.textContent, Math.round(Number(t.getAttribute('x'))), Math.round(Number(t.getAttribute('y')))]),
      }));
    const typed = await openContext(browser, { today: TODAY, viewport: { width, height: 900 } });
    const first = await open(typed, locale);
    await fill(first.page, '#dur-startDate', '2026-09-07');
    await expect.poll(() => first.page.isDisabled('[data-action="ics"]')).toBe(false);
    const fresh = await chart(first.page);
    expect(fresh.bars.length).toBeGreaterThanOrEqual(10);
    await first.page.reload();
    await first.page.waitForSelector('.dur[data-ready="true"]');
    expect(await first.page.inputValue('#dur-startDate')).toBe('2026-09-07');
    expect(await chart(first.page)).toEqual(fresh);
    expect(await first.page.isDisabled('[data-action="ics"]')).toBe(false);
    await typed.close();
  });

  it('flags training that runs into the Spring Festival and links to the guide, and not when training falls in spring', async () => {
    const { page } = await open(context, locale);
    // The typical project's training starts about 19.5 working weeks in: a start in mid-September
    // 2025 puts it (after Golden Week's lost days) in early February 2026, just before the festival
    // (New Year's Day 2026-02-17). From 1 October on, the break pushes training past the festival.
    await fill(page, '#dur-startDate', '2025-09-15');
    const warning = page.locator('[data-warning="training-before-festival"]').first();
    await warning.waitFor();
    expect(await warning.innerText()).toContain(s['warning.training-before-festival.title']);
    // The warning cites the consultant's piece as [5] and links to the guide.
    expect(await warning.locator('a.cite').getAttribute('href')).toBe(`/${locale}/sources/#source-5`);
    expect(await warning.locator('a:not(.cite)').getAttribute('href')).toBe(`/${locale}/guides/when-not-to-start/`);
    // Started in mid-December instead, training and rollout fall in April and May: no festival warning.
    await fill(page, '#dur-startDate', '2025-12-15');
    await expect.poll(() => page.locator('[data-warning="training-before-festival"]').count()).toBe(0);
    await page.close();
  });

  it('offers the earliest start that clears the calendar findings and applies it with one click, for the other tools too', async () => {
    const { page } = await open(context, locale);
    // A medium company starting on 2026-12-07: a December start (source 004).
    await fill(page, '#dur-startDate', '2026-12-07');
    await page.locator('[data-warning="december-start"]').waitFor();
    const offer = page.locator('[data-suggested-start]');
    const suggested = await offer.getAttribute('data-suggested-start');
    expect(suggested! > '2026-12-07').toBe(true);
    await offer.locator('button').click();
    await expect.poll(() => page.inputValue('#dur-startDate')).toBe(suggested);
    for (const code of ['december-start', 'first-month-festival', 'training-before-festival', 'go-live-near-festival']) {
      expect(await page.locator(`[data-warning="${code}"]`).count()).toBe(0);
    }
    expect(await page.locator('[data-suggested-start]').count()).toBe(0);
    // The shared profile now holds the new start: the readiness self-assessment starts from it.
    const profile = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith('profile:v1'))?.[1] ?? '');
    expect(profile).toContain(suggested);
    await page.close();
  });

  it('a planned start that has passed says so, and offers no start before today', async () => {
    const later = await openContext(browser, { today: '2027-06-01' });
    const { page } = await open(later, locale);
    await fill(page, '#dur-startDate', '2027-01-04');
    const notice = page.locator('[data-testid="duration-start-past"]');
    await notice.waitFor();
    expect(await notice.innerText()).toBe(fillText(s['result.startPast'], { date: formatDate(locale, '2027-01-04') }));
    await page.locator('[data-warning="first-month-festival"]').waitFor();
    const offer = page.locator('[data-suggested-start]');
    const suggested = await offer.getAttribute('data-suggested-start');
    expect(suggested! >= '2027-06-01', suggested!).toBe(true);
    expect(await offer.innerText()).not.toContain(formatDate(locale, '2027-02-15'));
    await offer.locator('button').click();
    await expect.poll(() => page.inputValue('#dur-startDate')).toBe(suggested);
    await expect.poll(() => notice.count()).toBe(0);
    await later.close();
  });

  it('year-end and the weeks before the Spring Festival are one stretch: January 2026 is not clear (break 14 to 25 February)', async () => {
    const winter = await openContext(browser, { today: '2025-12-20' });
    const { page } = await open(winter, locale);
    const january = page.locator('.dur-months-table tr[data-month="2026-01-01"]');
    await january.waitFor();
    expect(await january.getAttribute('data-clear')).toBe('false');
    for (const start of ['2025-12-31', '2026-01-02', '2026-01-15']) {
      await fill(page, '#dur-startDate', start);
      await expect.poll(() => page.locator('.dur-warning-list [data-warning="december-start"], .dur-warning-list [data-warning="first-month-festival"]').count()).toBe(1);
    }
    await winter.close();
  });

  it('lists the next twelve start months with their go-live and calendar findings, and starts in one with a click', async () => {
    const { page } = await open(context, locale);
    const rows = page.locator('.dur-months-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(12);
    // Today is fixed for the test; the first row is the month after it.
    const first = await rows.first().getAttribute('data-month');
    const next = new Date(`${TODAY}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1, 1);
    expect(first).toBe(next.toISOString().slice(0, 10));
    const months = await rows.evaluateAll((trs) => trs.map((tr) => ({ month: tr.getAttribute('data-month')!, clear: tr.getAttribute('data-clear') })));
    // A December start always has a finding; the table says which months are clear.
    for (const m of months) if (m.month.slice(5, 7) === '12') expect(m.clear).toBe('false');
    const clear = months.find((m) => m.clear === 'true')!;
    await page.locator(`.dur-months-table tr[data-month="${clear.month}"] button`).click();
    await expect.poll(() => page.inputValue('#dur-startDate')).toBe(clear.month);
    expect(await page.locator(`.dur-months-table tr[data-month="${clear.month}"]`).getAttribute('class')).toContain('dur-month-current');
    for (const code of ['december-start', 'first-month-festival', 'training-before-festival', 'go-live-near-festival']) {
      expect(await page.locator(`.dur-warning-list [data-warning="${code}"]`).count()).toBe(0);
    }
    await page.close();
  });

  it('works from the keyboard', async () => {
    const { page } = await open(context, locale);
    await page.focus('#dur-expanding');
    await page.keyboard.press('Space');
    await expect.poll(() => page.isChecked('#dur-expanding')).toBe(true);
    await expect.poll(() => page.locator('[data-warning="expansion"]').count()).toBe(1);
    await page.focus('#dur-integrations');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    await expect.poll(() => page.locator('[data-warning="many-integrations"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe('dur-switchingVendor');
    await page.close();
  });

  it('axe finds nothing serious, with defaults and with warnings and an error showing', async () => {
    const { page } = await open(context, locale);
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await fill(page, '#dur-startDate', '2025-10-01');
    await page.check('#dur-keyStaffTurnover');
    await fill(page, '#dur-integrations', '99');
    await page.locator('#dur-integrations-error').waitFor();
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it.each([
    ['2025-10-01', ['#dur-switchingVendor']],
    // A December start: two findings, the suggested start, the MVP line and a holiday note to fit.
    ['2026-12-07', ['#dur-switchingVendor', '#dur-agile']],
  ])('prints on one A4 page (start %s)', async (start, boxes) => {
    const { page } = await open(context, locale);
    await fill(page, '#dur-startDate', start);
    for (const box of boxes) await page.check(box);
    await page.locator('[data-testid="duration-holidays"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('no label in the Gantt is crossed out by the go-live line: the line stops above a label in its way and goes on below it', async () => {
    const { page } = await open(context, locale);
    await fill(page, '#dur-startDate', '2026-03-02');
    await page.locator('.dur-gantt [data-holiday]').first().waitFor();
    const drawn = await page.evaluate(() => {
      const box = (el: Element) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
      const pieces = [...document.querySelectorAll('.dur-gantt line.dur-golive')].map(box);
      const labels = [...document.querySelectorAll('.dur-gantt text')].map((el) => ({ text: el.textContent, ...box(el) }));
      return { pieces, labels };
    });
    const at = drawn.pieces[0]!.left;
    const inTheWay = drawn.labels.filter((l) => l.left < at && l.right > at && l.bottom < drawn.pieces.at(-1)!.bottom);
    // With this start no holiday lengthens the rollout, so its label spans the go-live date and the line
    // has a gap for it (from 2026-08-03 the Spring Festival now falls in the rollout and widens its bar).
    expect(inTheWay.length).toBeGreaterThan(0);
    expect(drawn.pieces.length).toBeGreaterThan(1);
    const overlaps = drawn.pieces.flatMap((piece) => drawn.labels
      .filter((l) => piece.left < l.right && piece.right > l.left && piece.top < l.bottom && piece.bottom > l.top)
      .map((l) => l.text));
    expect(overlaps).toEqual([]);
    await page.close();
  });

  it('pauses for public holidays: Golden Week is a named band, and the phase it falls in ends later by its working days', async () => {
    const { page } = await open(context, locale);
    await fill(page, '#dur-startDate', '2026-08-03');
    const band = page.locator('.dur-gantt [data-holiday="national-day"]');
    await band.waitFor();
    expect(await page.locator('.dur-gantt svg').innerHTML()).toContain(s['holiday.national-day']);
    // The phase under way on 1 October 2026 says it was moved, naming the holiday.
    const moved = page.locator('.dur-table .dur-moved', { hasText: s['holiday.national-day'] });
    expect(await moved.count()).toBe(1);
    const note = await page.locator('[data-testid="duration-holidays"]').innerText();
    expect(note).toContain(s['holiday.national-day']);
    // 2027 has no published schedule in the calendar: the note says its dates are projected.
    expect(note).toContain(s['result.projected']!.replace('{year}', '2027'));
    // Without a start date there is no calendar, and so no band.
    await fill(page, '#dur-startDate', '');
    await expect.poll(() => page.locator('.dur-gantt [data-holiday]').count()).toBe(0);
    await page.close();
  });
});
