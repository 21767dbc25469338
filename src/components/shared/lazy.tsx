// A component whose code loads the first time it is shown. For parts of a tool that only some
// visits reach (warnings, a result step): a first visit does not download them, so the page stays
// within its script budget, and once loaded they render at once for the rest of the visit.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType } from 'preact';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P & { fallback?: ComponentChildren }> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P & { fallback?: ComponentChildren }) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      pending ??= load().then((c) => (loaded = c));
      pending.then((c) => live && setComponent(() => c), () => { pending = null; });
      return () => { live = false; };
    }, [Component]);
    const { fallback = null, ...rest } = props;
    return Component ? <Component {...(rest as P)} /> : <>{fallback}</>;
  };
}
