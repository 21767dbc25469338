// A visitor bringing a plan file onto the plan page, as the import button does: from the empty page,
// "start my own", then the file chosen and the import confirmed.
import type { Page } from 'playwright-core';
import { serializePlanFile, type PlanState } from '@/models/plan';
import type { Locale } from '@/i18n/locales';
import { baseUrl } from './site';

export async function importPlanFile(page: Page, locale: Locale, plan: PlanState): Promise<void> {
  await page.goto(`${baseUrl()}/${locale}/plan/`);
  // The banner is in the built page; its button works once the island has checked for saved answers.
  await page.waitForSelector('.plan-shell[data-state="empty"]');
  await page.click('[data-testid="empty-banner"] [data-action="own"]');
  await page.waitForSelector('.plan[data-ready="true"]');
  await page.setInputFiles('#plan-import-file', { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(serializePlanFile(plan)) });
  await page.click('[data-action="import-confirm"]');
  await page.waitForSelector('[data-testid="import-done"]');
}
