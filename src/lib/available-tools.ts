import type { ToolId } from '@/site';

// A tool is available once its page file exists; until then the cards say "coming soon".
const pages = import.meta.glob('/src/pages/[[]locale]/{tools/*,plan}.astro');

export function availableTools(): Set<ToolId> {
  const ids = new Set<ToolId>();
  for (const file of Object.keys(pages)) {
    const match = file.match(/\/(?:tools\/)?([a-z-]+)\.astro$/);
    if (match && match[1] !== 'index') ids.add(match[1] as ToolId);
  }
  return ids;
}
