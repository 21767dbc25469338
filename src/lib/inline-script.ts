/**
 * Hand-written inline scripts ship without comments and indentation. The layout renders the compacted
 * text and astro.config.mjs hashes the very same text for the CSP, so the two can never disagree.
 * Only for our own small scripts, which put no `//` inside strings.
 */
export function compactScript(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
