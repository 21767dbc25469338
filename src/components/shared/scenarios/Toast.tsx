// The one toast of the page: what just happened, and Undo while it can be undone. A polite status
// region announces it; it stays at least TOAST_MS, and does not go while the pointer or focus is on it.
import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import { $toast, TOAST_MS, dismissToast, undoToast } from '@/stores/toast';
import type { ScnText } from './text';

export function Toast({ text }: { text: ScnText }) {
  const toast = useStore($toast);
  const held = useRef(false);
  useEffect(() => {
    if (!toast) return;
    const id = toast.id;
    let timer = 0;
    const arm = () => {
      timer = window.setTimeout(() => (held.current ? arm() : dismissToast(id)), TOAST_MS);
    };
    arm();
    return () => clearTimeout(timer);
  }, [toast?.id]);
  const hold = (on: boolean) => () => {
    held.current = on;
  };
  return (
    <div class="toast-region" role="status" aria-live="polite" aria-atomic="true">
      {toast && (
        <div class="toast" data-testid="toast" onMouseEnter={hold(true)} onMouseLeave={hold(false)} onFocusIn={hold(true)} onFocusOut={hold(false)}>
          <span class="toast-message">{toast.message}</span>
          {toast.undo && (
            <button type="button" class="btn" data-action="undo" onClick={() => undoToast(text.s['toast.undone'])}>
              {text.s['toast.undo']}
            </button>
          )}
          <button type="button" class="btn secondary toast-close" aria-label={text.s['toast.dismiss']} onClick={() => dismissToast()}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
