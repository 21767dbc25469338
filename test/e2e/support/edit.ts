import type { Page } from 'playwright-core';

/** Waits until every island on the page has hydrated (Astro drops the `ssr` attribute when it has). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
}

/**
 * Resolves once the islands have drawn the answers given so far and the browser has had a frame to
 * show them. Islands re-render in a microtask after a store changes; a part that shows its value one
 * frame late (useAfterPaint) catches up in the task this waits for. A part whose code was still on
 * its way when the visitor acted (LoadLater, `data-waking`) has played their moves first.
 */
export async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-waking]'), undefined, { timeout: 10_000 });
  await page.evaluate(() => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => done()), 0)));
}

/**
 * Changes one answer in the page's first island the way a visitor would (a number up two steps, a box
 * ticked, another option chosen or another radio picked) and resolves once the island's text has
 * changed, with its text before and after.
 */
export async function editSomething(page: Page): Promise<[string, string]> {
  const island = page.locator('astro-island').first();
  await island.scrollIntoViewIfNeeded();
  await hydrated(page);
  const before = await island.innerText();
  const number = island.locator('input[type="number"]:visible, input[type="range"]:visible').first();
  const checkbox = island.locator('input[type="checkbox"]:visible:not(:checked)').first();
  const select = island.locator('select:visible').first();
  if (await number.count()) {
    await number.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
  } else if (await checkbox.count()) {
    await checkbox.check();
  } else if (await select.count()) {
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await select.inputValue();
    await select.selectOption(values.find((v) => v !== current)!);
  } else {
    await island.locator('input[type="radio"]:visible:not(:checked)').first().check();
  }
  // Wait for the re-render rather than for a fixed time; a page that never changes fails here.
  await page
    .waitForFunction((text) => (document.querySelector('astro-island') as HTMLElement | null)?.innerText !== text, before, { timeout: 5_000 })
    .catch(() => {}); // the caller's own assertion then says what did not change

  return [before, await island.innerText()];
}
