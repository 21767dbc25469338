import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a build folder, recursively; the build hooks walk dist/ with it. */
export async function builtFiles(dir: string, keep: (name: string) => boolean = () => true): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await builtFiles(full, keep)));
    else if (keep(entry.name)) out.push(full);
  }
  return out;
}

export const isHtml = (name: string) => name.endsWith('.html');
