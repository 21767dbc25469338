// A nano store's value in a component, re-rendered in the same task as the change.
//
// Why not @nanostores/preact's hook: it defers every re-render to a setTimeout of its own, one per
// subscribed component. After an edit the browser then paints the visitor's change with the old
// results, and the island renders again, part by part, in three or four later tasks (measured on the
// matrix with the CPU slowed 4x: the new totals painted 115–180 ms after the keystroke). Here a change
// marks the component for Preact, whose own batching renders every marked component in one pass, in a
// microtask: the frame after the edit already shows its results.
import type { ReadableAtom } from 'nanostores';
import { useLayoutEffect, useState } from 'preact/hooks';

export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState<object>({});
  const value = store.get();
  useLayoutEffect(() => {
    const stop = store.listen(() => rerender({}));
    // A change between the first render and this subscription.
    if (store.get() !== value) rerender({});
    return stop;
    // Subscribes once per store; `value` is only read to catch that first gap.
  }, [store]);
  return value;
}
