import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtFiles, isHtml } from './built-files';
import { tableCaptionsPlugin } from '../src/lib/hast-table-captions';

/**
 * Content tables (Markdown, in the guides and FAQ) scroll sideways inside their own box when the
 * column is narrow (prose.css), and a box that scrolls must be reachable from the keyboard: each
 * such table gets tabindex="0". Markdown writes them as a bare `<table>`; the tools' own tables carry
 * attributes and sit in a focusable wrapper of their own, so they are left alone.
 */
export function focusableTables(html: string): string {
  return html.replace(/<table>/g, '<table tabindex="0">');
}

/**
 * Content tables: at config time, the caption plugin (src/lib/hast-table-captions.ts) joins the
 * Markdown processor, which MDX shares; after the build, each content table is made focusable.
 */
export default function focusableTablesIntegration(): AstroIntegration {
  return {
    name: 'focusable-tables',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.hastPlugins)) {
          throw new Error(`focusable-tables: expected Astro's Sätteri Markdown processor, found "${processor.name}"; register src/lib/hast-table-captions.ts with it`);
        }
        if (!processor.options.hastPlugins.includes(tableCaptionsPlugin)) processor.options.hastPlugins.push(tableCaptionsPlugin);
      },
      'astro:build:done': async ({ dir, logger }) => {
        let count = 0;
        for (const file of await builtFiles(fileURLToPath(dir), isHtml)) {
          const html = await readFile(file, 'utf8');
          const next = focusableTables(html);
          if (next !== html) {
            await writeFile(file, next);
            count += 1;
          }
        }
        logger.info(`made the content tables of ${count} pages focusable`);
      },
    },
  };
}
