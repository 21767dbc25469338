import { h, hydrate, type ComponentType } from 'preact';
import { partsLive } from './hydrate-later';
import { formatterWarmups } from '@/i18n/format';
import { isLocale } from '@/i18n/locales';

/**
 * Makes the island rendered by Island.astro under `name` live: reads its JSON props, hydrates the
 * build-time markup in place, then drops `ssr` once its later parts (HydrateLater) are live too, as
 * Astro's own islands do once they are interactive. Module evaluation, the locale's first
 * formatters and hydration each run in a task of their own, so that none of them is long.
 */
export function mountIsland(Component: ComponentType<any>, name: string): void {
  const root = document.querySelector<HTMLElement>(`astro-island[data-island="${name}"]`);
  const json = document.querySelector(`script[data-island-props="${name}"]`)?.textContent;
  if (!root || !json) return;
  const props = JSON.parse(json);
  const steps = isLocale(props.locale) ? formatterWarmups.map((warm) => () => warm(props.locale)) : [];
  steps.push(() => {
    hydrate(h(Component, props), root.querySelector(':scope > island-root') ?? root);
    partsLive().then(() => root.removeAttribute('ssr'));
  });
  const next = () => {
    steps.shift()!();
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
