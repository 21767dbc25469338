import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS, type ToolId } from '@/site';

/**
 * A tool is available once its page file exists; until then the cards say "coming soon". Checked on
 * disk at build time: an import.meta.glob of the pages would pull every tool's CSS into each page.
 */
export function availableTools(): Set<ToolId> {
  const pages = join(process.cwd(), 'src', 'pages', '[locale]');
  return new Set(TOOLS.filter((t) => existsSync(join(pages, `${t.path.replace(/^\/|\/$/g, '')}.astro`))).map((t) => t.id));
}
