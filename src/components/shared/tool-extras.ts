// What every tool island (and the plan) needs of the shared-link preview, the scenarios panel and the
// undo toast before they load: a check for a link, and the calls that load them on use
// (scenarios/extras.tsx). Bundled with the runtime every tool page loads (astro.config.mjs).
import { useEffect, useState } from 'preact/hooks';
import type { ToolId } from '@/stores/adapters/types';

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
    const read = () => (/[#&][a-z]+=/.test(location.hash) ? extras().then((m) => m.openLink(tool, selector), () => '') : Promise.resolve(''));
    void read().then(async (status) => {
      await arrive?.(!!status && status !== 'absent');
      setMounted(true);
    });
    // A second link pasted into the same tab changes only the hash. (Islands are never unmounted.)
    window.addEventListener('hashchange', read);
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

