import type { AstroIntegration } from 'astro';
import { readFile, writeFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from './built-files';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.svg', '.xml', '.json', '.txt', '.webmanifest']);
const MIN_BYTES = 1024;


/**
 * Writes `.br` and `.gz` beside every text file in the build, at maximum compression, so hosts that
 * serve pre-compressed files (nginx gzip_static/brotli_static, many CDNs) never compress on the fly.
 * Runs last, after the search index and headers are written.
 */
export default function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let count = 0;
        for (const file of await builtFiles(fileURLToPath(dir), (name) => TEXT.has(extname(name)))) {
          if ((await stat(file)).size < MIN_BYTES) continue;
          const body = await readFile(file);
          await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
          await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
          count += 1;
        }
        logger.info(`wrote .br and .gz for ${count} files`);
      },
    },
  };
}
