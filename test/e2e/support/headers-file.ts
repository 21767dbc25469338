import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The headers the built `_headers` file gives every path (`/*`), so tests run under the real CSP. */
export function globalHeaders(distDir: string): Record<string, string> {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inGlobal = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inGlobal = line.trim() === '/*';
      continue;
    }
    if (inGlobal) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      if (name.toLowerCase() !== 'cache-control') headers[name] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}
