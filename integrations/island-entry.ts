import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtFiles, isHtml } from './built-files';

const LOADER = '<script data-island-loader>';
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * A tool page's module script, fetched while the page is parsed, is code the first paint never needs,
 * yet on a fast machine it arrives before that paint and a slow phone is then made to wait for it.
 * On a page with an island loader, the page's one module script leaves the HTML and its address goes
 * into the loader (`data-entry`), which starts it after the first frame. The loader's text, and so its
 * CSP hash, is unchanged. Returns the page as it is when it has no loader.
 */
export function moveIslandEntry(html: string, page = 'page'): string {
  if (!html.includes(LOADER)) return html;
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  if (scripts.length !== 1) {
    throw new Error(`island-entry: ${page} has an island loader and ${scripts.length} module scripts; expected exactly one (the page's own)`);
  }
  const [tag, src] = scripts[0]!;
  return html.replace(tag, '').replace(LOADER, `<script data-island-loader data-entry="${src}">`);
}

export default function islandEntry(): AstroIntegration {
  return {
    name: 'island-entry',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for (const file of await builtFiles(root, isHtml)) {
          const html = await readFile(file, 'utf8');
          const next = moveIslandEntry(html, file.slice(root.length));
          if (next !== html) {
            await writeFile(file, next);
            count += 1;
          }
        }
        logger.info(`${count} pages start their island after the first paint`);
      },
    },
  };
}
