import { useEffect, useRef } from 'preact/hooks';

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

/**
 * Calls `say(message)` once `message` has stayed the same for `delay` ms after the page went live: typing
 * and sliders change it on every step, and a screen reader should hear the result once the visitor
 * pauses. The first message after mount is not said: the page already shows it.
 */
export function useSayWhenSettled(message: string, live: boolean, delay: number, say: (message: string) => void) {
  const first = useRef(true);
  useEffect(() => {
    if (!live) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => say(message), delay);
    return () => clearTimeout(timer);
  }, [message, live]);
}
