import { h, hydrate, type ComponentType } from 'preact';

/**
 * Makes the island rendered by Island.astro under `name` live: reads its JSON props, hydrates the
 * build-time markup in place, then drops `ssr`, as Astro's own islands do once they are interactive.
 */
export function mountIsland(Component: ComponentType<any>, name: string): void {
  const root = document.querySelector<HTMLElement>(`astro-island[data-island="${name}"]`);
  const json = document.querySelector(`script[data-island-props="${name}"]`)?.textContent;
  if (!root || !json) return;
  hydrate(h(Component, JSON.parse(json)), root.querySelector(':scope > island-root') ?? root);
  root.removeAttribute('ssr');
}
