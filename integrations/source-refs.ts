import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { builtFiles } from './built-files';
import { sourceRefsPlugin } from '../src/lib/mdast-source-refs';
import { SOURCES } from '../src/site';

/** Files that hold no text: not read. Everything else in dist/ is (HTML, JS, JSON, XML, CSS, Pagefind…). */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|wasm|pdf)$/i;
/** A source document's file name: three digits, an underscore, 16 hex digits, .txt. */
const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/g;
/** A numbered reference's target, in any locale: /en/sources/#source-3. */
const REF_TARGET = /\/sources\/#source-(\d+)/g;

export interface SourceLeak { file: string; problem: 'file-name' | 'unknown-source'; match: string }

/** A built file's text; Pagefind's gzip files (and .br copies) are decompressed first. */
function textOf(name: string, bytes: Buffer): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
  if (name.endsWith('.br')) return brotliDecompressSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/**
 * Everything in a built site that leaks a source: (a) a reference to a source number the site does not
 * have (/sources/#source-9), (b) a raw source file name (`002_76d9076d0f9a95e4.txt`) in any page,
 * script, JSON, XML or search-index file, compressed Pagefind files included.
 */
export async function findSourceLeaks(dir: string, sourceCount: number = SOURCES.length): Promise<SourceLeak[]> {
  const leaks: SourceLeak[] = [];
  for (const path of await builtFiles(dir, (name) => !BINARY.test(name))) {
    const file = relative(dir, path).split('\\').join('/');
    let text: string;
    try {
      text = textOf(path, await readFile(path));
    } catch {
      continue; // not a compressed text after all
    }
    for (const m of text.matchAll(FILE_NAME)) leaks.push({ file, problem: 'file-name', match: m[0] });
    for (const m of text.matchAll(REF_TARGET)) {
      const n = Number(m[1]);
      if (!(n >= 1 && n <= sourceCount)) leaks.push({ file, problem: 'unknown-source', match: m[0] });
    }
  }
  return leaks;
}

export function describeLeaks(leaks: SourceLeak[]): string {
  const byFile = new Map<string, string[]>();
  for (const l of leaks) byFile.set(l.file, [...(byFile.get(l.file) ?? []), `${l.problem === 'file-name' ? 'source file name' : 'reference to no known source'} ${l.match}`]);
  return [...byFile].map(([file, problems]) => `  ${file}: ${[...new Set(problems)].join('; ')}`).join('\n');
}

/**
 * Numbered source references. At config time it adds the citation plugin (src/lib/mdast-source-refs.ts)
 * to the Markdown processor, which MDX shares. After the build (and the Pagefind index) it fails the
 * build if a source file name reached dist/ or a reference points to no known source.
 */
export default function sourceRefs(): AstroIntegration {
  return {
    name: 'source-refs',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: unknown[] } };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins)) {
          throw new Error(`source-refs: expected Astro's Sätteri Markdown processor, found "${processor.name}"; register src/lib/mdast-source-refs.ts with it`);
        }
        if (!processor.options.mdastPlugins.includes(sourceRefsPlugin)) processor.options.mdastPlugins.push(sourceRefsPlugin);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const leaks = await findSourceLeaks(fileURLToPath(dir));
        if (leaks.length) throw new Error(`Source citations leak into the built site (${leaks.length}):\n${describeLeaks(leaks)}`);
        logger.info('no source file names and no references to unknown sources in dist/');
      },
    },
  };
}
