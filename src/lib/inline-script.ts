import { transformSync } from 'esbuild';

/**
 * Hand-written inline scripts ship minified: they are in every page's HTML, and on a tool page they
 * count toward its script budget. The layout renders the minified text and astro.config.mjs hashes the
 * very same text for the CSP, so the two can never disagree. Runs at build time only (esbuild).
 */
export function compactScript(source: string): string {
  return transformSync(source, { minify: true, loader: 'js' }).code.trim();
}
