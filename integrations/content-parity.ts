import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findParityGaps, describeGaps } from '../src/lib/content-parity';

const COLLECTIONS = ['guides', 'faq', 'glossary'];

function listFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(listFiles(full));
    else if (/\.mdx?$/.test(name)) out.push(full);
  }
  return out;
}

/** Fails dev and build, naming the file, when a guide, FAQ entry or glossary term exists in one locale only. */
export default function contentParity(): AstroIntegration {
  return {
    name: 'content-parity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems: string[] = [];
        for (const collection of COLLECTIONS) {
          const base = join(root, 'content', collection);
          let files: string[] = [];
          try {
            files = listFiles(base).map((f) => relative(base, f).split('\\').join('/'));
          } catch {
            continue;
          }
          const gaps = findParityGaps(files);
          if (gaps.length) problems.push(describeGaps(collection, gaps));
        }
        // Writers mid-way through a translation may build with ALLOW_PARTIAL_CONTENT=1; CI never does.
        if (problems.length && process.env.ALLOW_PARTIAL_CONTENT === '1') {
          logger.warn(`Content exists in one locale only:\n${problems.join('\n')}`);
        } else if (problems.length) {
          throw new Error(`Content exists in one locale only:\n${problems.join('\n')}`);
        }
      },
    },
  };
}
