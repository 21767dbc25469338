import { h, hydrate, type ComponentType } from 'preact';
import { partsLive } from './hydrate-later';

/**
 * Makes the island rendered by Island.astro under `name` live: reads its JSON props, hydrates the
 * build-time markup in place, then drops `ssr` once its later parts (HydrateLater) are live too, as
 * Astro's own islands do once they are interactive. Module evaluation and hydration are separate
 * tasks, so neither is long.
 */
export function mountIsland(Component: ComponentType<any>, name: string): void {
  const root = document.querySelector<HTMLElement>(`astro-island[data-island="${name}"]`);
  const json = document.querySelector(`script[data-island-props="${name}"]`)?.textContent;
  if (!root || !json) return;
  setTimeout(() => {
    hydrate(h(Component, JSON.parse(json)), root.querySelector(':scope > island-root') ?? root);
    partsLive().then(() => root.removeAttribute('ssr'));
  }, 0);
}
