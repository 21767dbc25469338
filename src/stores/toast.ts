import { atom } from 'nanostores';

/** How long a toast (and its Undo) stays: at least ten seconds, longer while the visitor is on it. */
export const TOAST_MS = 12_000;

export interface Toast {
  id: number;
  message: string;
  /** Present when the change can be undone. */
  undo?: () => void;
}

/** The one toast on the page (a new one replaces the last; its undo then lapses). */
export const $toast = atom<Toast | null>(null);

let next = 0;
export function showToast(message: string, undo?: () => void): void {
  next += 1;
  $toast.set(undo ? { id: next, message, undo } : { id: next, message });
}

/** Runs the toast's undo once, then replaces the toast with `done`. */
export function undoToast(done: string): void {
  const toast = $toast.get();
  if (!toast?.undo) return;
  toast.undo();
  showToast(done);
}

export function dismissToast(id?: number): void {
  if (id === undefined || $toast.get()?.id === id) $toast.set(null);
}
