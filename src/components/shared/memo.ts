// Skipping the parts of a tool that a change does not touch. An island re-renders from the top on
// every keystroke, and Preact then compares every element below it; a part wrapped in memo() is
// compared only when one of its props is a different value, so typing in one KPI row does not
// re-render the five others. Handlers passed to such a part must keep their identity between
// renders (store actions do; a handler written inside a component goes through useHandler).
import { Component, h, type ComponentType } from 'preact';
import { useCallback, useRef } from 'preact/hooks';

/** `Inner`, re-rendered only when a prop changes (compared with Object.is, one level deep). */
export function memo<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  class Memo extends Component<P> {
    shouldComponentUpdate(next: P): boolean {
      const now = this.props as Record<string, unknown>;
      const then = next as Record<string, unknown>;
      for (const key in then) if (!Object.is(then[key], now[key])) return true;
      for (const key in now) if (!(key in then)) return true;
      return false;
    }
    render(props: P) {
      return h(Inner, props);
    }
  }
  return Memo as unknown as ComponentType<P>;
}

/** A handler with one identity for the component's life that always runs the latest `fn`. */
export function useHandler<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  latest.current = fn;
  return useCallback((...args: A) => latest.current(...args), []);
}
