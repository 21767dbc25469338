// A chart drawn at its container's real width, so its labels keep their size on a phone and on a
// wide screen alike, instead of a fixed drawing scaled down to an unreadable size or scrolled sideways.
import { useEffect, useRef, useState } from 'preact/hooks';

/** Bounds a measured width, for a chart whose layout breaks below `min` or spreads too thin past `max`. */
export interface WidthBounds {
  min: number;
  max: number;
}

/**
 * The holder's laid-out width in pixels (`initial` until measured, and at build time), followed as
 * the window resizes, and kept within `bounds` when given.
 */
export function useHolderWidth<T extends Element = HTMLDivElement>(initial: number, bounds?: WidthBounds) {
  const holder = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = holder.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(bounds ? Math.min(bounds.max, Math.max(bounds.min, w)) : w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [holder, width] as const;
}
