import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Flags that keep Debian's Chromium from hanging on this machine's closed network. */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  // playwright-core creates a fresh temporary profile for every launch.
  return chromium.launch({ executablePath: chromePath(), args: FLAGS, headless: true });
}

export interface PageWatch {
  page: Page;
  consoleErrors: string[];
  /** Every request to a host other than the test server. */
  foreignRequests: string[];
  requests: string[];
}

/** Opens a page that records console errors and requests, the two things every page test checks. */
export async function watchedPage(context: BrowserContext, baseUrl: string): Promise<PageWatch> {
  const page = await context.newPage();
  const watch: PageWatch = { page, consoleErrors: [], foreignRequests: [], requests: [] };
  const origin = new URL(baseUrl).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    watch.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  return watch;
}

export interface ContextOptions extends BrowserContextOptions {
  /** The visitor's today (YYYY-MM-DD). Every browser test states it: the product reads the date, tests never read the real one. */
  today: string;
}

/**
 * A fresh browser context whose pages see `today` as the date, at 09:30 in Shanghai, from the first
 * script on: the clock is installed before any page loads and then runs on from there, so timers and
 * animations behave as usual. The context's time zone is China's unless a test asks for another.
 */
export async function openContext(browser: Browser, { today, ...options }: ContextOptions): Promise<BrowserContext> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`openContext: today must be YYYY-MM-DD, got ${today}`);
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', ...options });
  await context.clock.install({ time: new Date(`${today}T09:30:00+08:00`) });
  return context;
}
