// A chart drawn at its container's real width, so its labels keep their size on a phone and on a
// wide screen alike, instead of a fixed drawing scaled down to an unreadable size or scrolled sideways.
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The holder's laid-out width in pixels (`initial` until measured, and at build time), followed as
 * the window resizes. With `printWidth`, the width is that while the page is being printed: paper is
 * the same width whatever screen the printout comes from.
 */
export function useHolderWidth(initial: number, printWidth?: number) {
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  const printing = usePrinting(printWidth !== undefined);
  useEffect(() => {
    const el = holder.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const w = Math.round(entry!.contentRect.width);
      if (w > 0) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [holder, printing && printWidth !== undefined ? printWidth : width] as const;
}

/**
 * Whether the page is being printed. `beforeprint` comes first in a browser's print dialog and the
 * re-render lands before the print layout; the print media query covers printing without that event
 * (a PDF made by a headless browser).
 */
function usePrinting(enabled: boolean): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!enabled || typeof matchMedia === 'undefined') return;
    const media = matchMedia('print');
    const on = () => setPrinting(true);
    const off = () => setPrinting(media.matches);
    const change = () => setPrinting(media.matches);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', off);
    media.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', off);
      media.removeEventListener('change', change);
    };
  }, [enabled]);
  return printing;
}
