import { useEffect, useRef, useState } from 'preact/hooks';

export type ShareStatus = 'absent' | 'invalid' | 'ok';

/**
 * For islands whose state can arrive in a share link: once mounted (and whenever the fragment changes)
 * hand the hash to `load`; after a link was read, drop the fragment so a reload does not apply it again.
 * Returns whether the island has mounted (until then it renders exactly the build-time HTML) and what
 * the last link held.
 */
export function useShareLink(load: (hash: string) => ShareStatus | Promise<ShareStatus>, beforeFirstRead?: () => void) {
  const [mounted, setMounted] = useState(false);
  const [shareStatus, setShareStatus] = useState<ShareStatus>('absent');
  useEffect(() => {
    beforeFirstRead?.();
    const readHash = async () => {
      const status = await load(location.hash);
      if (status === 'absent') return;
      setShareStatus(status);
      history.replaceState(null, '', location.pathname + location.search);
    };
    const onHash = () => void readHash();
    onHash();
    setMounted(true);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return { mounted, shareStatus };
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
