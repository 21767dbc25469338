// Measures an element's width so a chart can draw at its real size: text in the SVG then stays at its
// CSS pixel size on a phone and on a wide screen, instead of shrinking or swelling with a fixed viewBox.
import { useEffect, useRef, useState } from 'preact/hooks';

export function useWidth<T extends Element>(fallback: number, min = 240, max = 900) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? fallback);
      if (w > 0) setWidth(Math.min(max, Math.max(min, w)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
