/**
 * A shared link shown as a preview: the tool's stores hold the colleague's state while every write is
 * held back (storage-overlay.ts), so nothing the visitor saved changes until they choose. One store
 * for every tool and the plan; the bar (SharedViewBar) renders it.
 */
import { atom } from 'nanostores';
import { holdWrites, releaseWrites } from './storage-overlay';
import { $previewing } from './preview-flag';
import { saveScenario } from './scenarios';
import type { InvalidReason, ToolAdapter, ToolId } from './adapters/types';

export type SharedView =
  | { kind: 'preview'; tool: ToolId; own: unknown; shared: unknown }
  | { kind: 'invalid'; tool: ToolId; reason?: InvalidReason }
  | null;

export const $sharedView = atom<SharedView>(null);

let current: ToolAdapter<unknown> | null = null;

function dropHash(): void {
  if (typeof window !== 'undefined') history.replaceState(null, '', location.pathname + location.search);
}

/** Reads the link; a sound one is shown as a preview, a broken one only reported. Nothing is saved either way. */
export async function openSharedLink(adapter: ToolAdapter<unknown>, hash: string): Promise<'absent' | 'invalid' | 'preview'> {
  const read = await adapter.readLink(hash);
  if (read.status === 'absent') return 'absent';
  if (read.status === 'invalid') {
    // A preview already open stays as it was; only the notice is new.
    if ($sharedView.get()?.kind !== 'preview') $sharedView.set(read.reason ? { kind: 'invalid', tool: adapter.tool, reason: read.reason } : { kind: 'invalid', tool: adapter.tool });
    dropHash();
    return 'invalid';
  }
  const view = $sharedView.get();
  const own = view?.kind === 'preview' ? view.own : adapter.get();
  holdWrites();
  current = adapter;
  adapter.set(read.value);
  $previewing.set(true);
  $sharedView.set({ kind: 'preview', tool: adapter.tool, own, shared: adapter.get() });
  return 'preview';
}

/** Back to the visitor's own state, exactly as saved. */
export function closeSharedView(): void {
  if ($sharedView.get()?.kind === 'preview') releaseWrites(false);
  current = null;
  $previewing.set(false);
  $sharedView.set(null);
  dropHash();
}

/** Saves the shared state as a scenario, then closes the preview. */
export function keepShared(name: string): ReturnType<typeof saveScenario> | null {
  const view = $sharedView.get();
  if (view?.kind !== 'preview' || !current) return null;
  const saved = saveScenario(current, name, view.shared);
  if (saved.ok) closeSharedView();
  return saved;
}

/**
 * The shared state becomes the visitor's; their own is saved first as a scenario. Returns the name it
 * was saved under and the undo (own state back, that scenario removed), or the reason it could not.
 */
export function replaceWithShared(ownName: string): { ok: true; name: string; undo: () => void } | { ok: false; code: string } {
  const view = $sharedView.get();
  const adapter = current;
  if (view?.kind !== 'preview' || !adapter) return { ok: false, code: 'not-found' };
  const saved = saveScenario(adapter, ownName, view.own);
  if (!saved.ok) return saved;
  releaseWrites(true);
  current = null;
  $previewing.set(false);
  $sharedView.set(null);
  dropHash();
  const { own } = view;
  return {
    ok: true,
    name: saved.name,
    undo: () => {
      adapter.set(own);
      void import('./scenarios').then(({ deleteSaved }) => deleteSaved(adapter, saved.id));
    },
  };
}
