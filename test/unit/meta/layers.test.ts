// The one direction of imports (ARCHITECTURE.md): lib and i18n are leaves any layer may use; models
// build on lib only; stores on models; components and islands on stores and models; pages on anything.
// A model that reached for a store or the DOM layer, or a helper in lib that reached into a tool's model,
// would tie pure, tested code to code that is not.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = join(__dirname, '../../../src');
const LAYERS = ['lib', 'i18n', 'models', 'stores', 'components', 'islands', 'layouts', 'pages', 'scripts', 'styles'] as const;
type Layer = (typeof LAYERS)[number] | 'site';

/** What each layer may not import. */
const FORBIDDEN: Partial<Record<Layer, readonly Layer[]>> = {
  lib: ['models', 'stores', 'components', 'islands', 'layouts', 'pages'],
  i18n: ['models', 'stores', 'components', 'islands', 'layouts', 'pages'],
  models: ['i18n', 'stores', 'components', 'islands', 'layouts', 'pages', 'scripts'],
  stores: ['components', 'islands', 'layouts', 'pages'],
  components: ['islands', 'pages'],
  islands: ['pages'],
};

/** Imports that cross a layer the wrong way today, each to be moved; the test fails once one is gone, so the list shrinks. */
const KNOWN: readonly string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx|astro|js|mjs)$/.test(name) ? [full] : [];
  });
}

function layerOf(path: string): Layer | null {
  const first = path.split('/')[0];
  if (first === 'site.ts' || first === 'site') return 'site';
  return (LAYERS as readonly string[]).includes(first) ? (first as Layer) : null;
}

/** Every import of a file as a path inside src/ (aliases and relative paths resolved; packages skipped). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs.flatMap((s) => {
    if (s.startsWith('@/')) return [s.slice(2)];
    if (s.startsWith('.')) return [relative(SRC, normalize(join(dirname(file), s)))];
    return [];
  });
}

describe('imports go one way', () => {
  const crossings: string[] = [];
  for (const file of files(SRC)) {
    const from = relative(SRC, file);
    const layer = layerOf(from);
    const forbidden = layer ? FORBIDDEN[layer] ?? [] : [];
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (to && forbidden.includes(to)) crossings.push(`${from} -> ${target.replace(/\.(ts|tsx)$/, '')}`);
    }
  }

  it('no layer imports from one above it', () => {
    expect(crossings.filter((c) => !KNOWN.includes(c))).toEqual([]);
  });

  it('every known exception still exists (drop it from KNOWN once it is fixed)', () => {
    for (const known of KNOWN) expect(crossings, known).toContain(known);
  });
});
