// What a tool page loads only when it is needed: a shared link to preview, the scenarios panel, a
// toast with Undo. The islands reach it with import() (island-hooks.ts), so a first visit without a
// link pays nothing for it.
import { todayIso } from '@/models/calendar';
import { loadAdapter } from '@/stores/adapters';
import { $sharedView, openSharedLink } from '@/stores/shared-view';
import { lockControls } from './lock';
import type { ToolId } from '@/stores/adapters/types';
import { SharedViewBar } from './SharedViewBar';
import { ScenarioPanel } from './ScenarioPanel';
import { beforeIsland, mountOnce, unmount } from './host';
import { pageLocale, scnText } from './text';
import { toast } from './toast-host';
import type { ScenarioStrings } from '@/i18n/tools/scenarios';

/** Reads the page's share link; shows the bar for a preview or for a link that could not be read. */
export async function openLink(tool: ToolId, selector: string): Promise<'absent' | 'invalid' | 'preview'> {
  const adapter = await loadAdapter(tool);
  const status = await openSharedLink(adapter, location.hash);
  if (status === 'preview') lockWhilePreviewing(selector);
  if (status !== 'absent') mountOnce('shared-bar-host', beforeIsland(selector), <SharedViewBar adapter={adapter} text={scnText(pageLocale())} today={todayIso()} />);
  return status;
}

let release: (() => void) | null = null;
function lockWhilePreviewing(selector: string): void {
  const root = document.querySelector(selector);
  if (!root || release) return;
  release = lockControls(root);
  const stop = $sharedView.listen((view) => {
    if (view?.kind === 'preview') return;
    release?.();
    release = null;
    stop();
  });
}

/** Opens the scenarios panel above the tool, or closes it when open; the button says which. */
export async function toggleScenarios(tool: ToolId, selector: string, button: HTMLElement): Promise<void> {
  const id = 'scenarios-host';
  const close = () => {
    unmount(id);
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  if (document.getElementById(id)) return close();
  const adapter = await loadAdapter(tool);
  const text = scnText(pageLocale());
  const host = mountOnce(id, beforeIsland(selector), <ScenarioPanel adapter={adapter} text={text} today={todayIso()} onClose={close} />);
  button.setAttribute('aria-expanded', 'true');
  host.querySelector<HTMLElement>('#scn-name')?.focus();
}

/** A change was made that can be taken back: say so, with Undo. */
export function offerUndo(key: keyof ScenarioStrings, vars: Record<string, string> | undefined, undo: () => void): void {
  const text = scnText(pageLocale());
  toast(text, text.t(key, vars), undo);
}
