import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { builtFiles } from './built-files';

/**
 * The search modules (and the footer's clear-data module) are plain JavaScript imported with `?url`,
 * which Vite copies without minifying (they load each other by URL, so they cannot be bundled). Minify
 * them in place after the build, so the first search does not download their comments. Runs before
 * the files are pre-compressed.
 */
export default function minifySearch(): AstroIntegration {
  return {
    name: 'minify-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await builtFiles(fileURLToPath(new URL('_astro/', dir)), (name) => /^(search-[\w.-]+|clear-data\.[\w-]+)\.js$/.test(name));
        let saved = 0;
        for (const file of files) {
          const source = await readFile(file, 'utf8');
          const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none', charset: 'utf8' });
          saved += Buffer.byteLength(source) - Buffer.byteLength(code);
          await writeFile(file, code);
        }
        logger.info(`minified ${files.length} modules (${Math.round(saved / 1024)} KB smaller: ${files.map((f) => basename(f)).join(', ')})`);
      },
    },
  };
}
