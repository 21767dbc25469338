import { useEffect, useRef, useState } from 'preact/hooks';

export type ShareStatus = 'absent' | 'invalid' | 'ok';

/**
 * For islands whose state can arrive in a share link: once mounted (and whenever the fragment changes)
 * hand the hash to `load`; after a link was read, drop the fragment so a reload does not apply it again.
 * Returns whether the island has mounted (until then it renders exactly the build-time HTML) and what
 * the last link held.
 */
export function useShareLink(load: (hash: string) => ShareStatus, beforeFirstRead?: () => void) {
  const [mounted, setMounted] = useState(false);
  const [shareStatus, setShareStatus] = useState<ShareStatus>('absent');
  useEffect(() => {
    beforeFirstRead?.();
    const readHash = () => {
      const status = load(location.hash);
      if (status === 'absent') return;
      setShareStatus(status);
      history.replaceState(null, '', location.pathname + location.search);
    };
    readHash();
    setMounted(true);
    window.addEventListener('hashchange', readHash);
    return () => window.removeEventListener('hashchange', readHash);
  }, []);
  return { mounted, shareStatus };
}

/** Set `.current` to an element id; after the next render that element gets focus (new rows, headings). */
export function useFocusAfterRender() {
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  return focusNext;
}
