import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtFiles, isHtml } from './built-files';

/** Astro writes this rule into <body>, just before the first island; a <style> belongs in <head>. */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** Moves the island display rule into <head> so every page is valid HTML. Pure, for tests. */
export function hoistIslandStyle(html: string): string {
  const at = html.indexOf(ISLAND_STYLE);
  const headEnd = html.indexOf('</head>');
  if (at === -1 || headEnd === -1 || at < headEnd) return html;
  const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
  return without.replace('</head>', `${ISLAND_STYLE}</head>`);
}


export default function hoistIslandStyleIntegration(): AstroIntegration {
  return {
    name: 'hoist-island-style',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await builtFiles(fileURLToPath(dir), isHtml)) {
          const html = await readFile(file, 'utf8');
          const fixed = hoistIslandStyle(html);
          if (fixed !== html) await writeFile(file, fixed);
        }
      },
    },
  };
}
