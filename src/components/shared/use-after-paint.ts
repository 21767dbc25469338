// Work a view can show one frame late. A table that takes many calendar look-ups (the twelve start
// months, each with its own go-live and findings) would otherwise sit between a keystroke and the
// next paint; computed in the task after that paint, the answer to the visitor's change appears at
// once and the table catches up a frame later.
import { useEffect, useRef, useState } from 'preact/hooks';

/** `compute()`'s value: at once on the first render, then after the browser has painted each change of `deps`. */
export function useAfterPaint<T>(compute: () => T, deps: readonly unknown[]): T {
  const [value, setValue] = useState(compute);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setValue(() => compute()), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // The caller names what the value depends on, as with useMemo.
  }, deps);
  return value;
}
