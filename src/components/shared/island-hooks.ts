import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToolId } from '@/stores/adapters/types';

// The shared-link preview, the scenarios panel and the undo toast load on use: see scenarios/extras.tsx.
const extras = () => import('./scenarios/extras');

/**
 * For islands whose state can arrive in a share link (tool: the page's tool id; selector: the island's
 * root). Once mounted, and whenever the fragment changes, a link is opened as a read-only preview
 * (nothing saved changes; the bar offers the choices). `arrive` runs once the first read is done,
 * told whether a link was there. Returns whether the island has mounted: until then it renders exactly
 * the build-time HTML.
 */
export function useShareLink(tool: ToolId, selector: string, arrive?: (linked: boolean) => unknown) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const read = () =>
      /[#&][a-z]+=/.test(location.hash) ? extras().then((m) => m.openLink(tool, selector)).catch(() => 'absent') : Promise.resolve('absent');
    void read().then(async (status) => {
      await arrive?.(status !== 'absent');
      setMounted(true);
    });
    const onHash = () => void read();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return mounted;
}

/** Runs `act` (a reset, a deletion) so that the toast can take it back: `store` is put back as it was. */
export function undoable<T>(store: { get(): T; set(value: T): void }, act: () => void, message: 'toast.reset' | 'toast.rowDeleted', vars?: Record<string, string>): void {
  const before = store.get();
  act();
  void extras().then((m) => m.offerUndo(message, vars, () => store.set(before)));
}

/** Opens or closes the scenarios panel of the page's tool. */
export function toggleScenarios(tool: ToolId, selector: string, e: Event): void {
  const button = e.currentTarget as HTMLElement;
  void extras().then((m) => m.toggleScenarios(tool, selector, button));
}

/**
 * Set `.current` to an element id; once a render has put that element on the page it gets focus (new
 * rows, headings). Preact runs a render's pending effects at the start of the next render, so after two
 * quick key presses the effect can run before the element exists: the id is then kept for the next
 * render rather than dropped, for a few renders at most so that a stale target never steals focus.
 */
export function useFocusAfterRender() {
  const focusNext = useRef<string | null>(null);
  const tries = useRef(0);
  useEffect(() => {
    if (!focusNext.current) return;
    const el = document.getElementById(focusNext.current);
    if (!el && ++tries.current < 4) return;
    el?.focus();
    focusNext.current = null;
    tries.current = 0;
  });
  return focusNext;
}
