import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
