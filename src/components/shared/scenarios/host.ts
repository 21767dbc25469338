import { render, type VNode } from 'preact';

/**
 * Renders a part that loads on demand (the bar, the toast, the panel) into its own element, outside
 * the island's tree so Preact's hydrated DOM is never touched. `place` puts the element on the page.
 */
export function mountOnce(id: string, place: (el: HTMLElement) => void, vnode: VNode): HTMLElement {
  let el = document.getElementById(id);
  if (!el) {
    el = document.createElement('div');
    el.id = id;
    place(el);
  }
  render(vnode, el);
  return el;
}

export function unmount(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  render(null, el);
  el.remove();
}

/** Just before the island that holds `selector` (the bar and the panel sit above the tool). */
export function beforeIsland(selector: string): (el: HTMLElement) => void {
  return (el) => {
    const root = document.querySelector(selector);
    const anchor = root?.closest('astro-island') ?? root;
    if (anchor) anchor.before(el);
    else document.querySelector('main')?.prepend(el);
  };
}
