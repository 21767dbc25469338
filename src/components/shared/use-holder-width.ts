// A chart drawn at its container's real width, so its labels keep their size on a phone and on a
// wide screen alike, instead of a fixed drawing scaled down to an unreadable size or scrolled sideways.
import { useEffect, useRef, useState } from 'preact/hooks';

/** The holder's laid-out width in pixels (`initial` until measured, and at build time), followed as the window resizes. */
export function useHolderWidth(initial: number) {
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
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
  return [holder, width] as const;
}
