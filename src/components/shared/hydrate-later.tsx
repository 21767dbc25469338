// A part of a tool island that becomes live in a task of its own, after the rest of the island.
// Hydrating a whole tool at once is one long task on a phone (150–200 ms with the CPU slowed 4x),
// and input waits behind it; split into parts, no task is long. The part's build-time markup stays
// on the page meanwhile, so nothing moves or flashes.
//
// How: in the browser the part renders a wrapper whose content Preact leaves alone (an empty
// inner-HTML prop, constant, is skipped during hydration and never re-applied), and hydrates its
// children into that wrapper later as a root of its own; after that, each render of the island
// renders the latest children into it. The build renders the children in place, as any component.
import { Fragment, h, hydrate, render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

let waiting = 0;
let settled: (() => void)[] = [];

/** Resolves once every part that has rendered so far is live (at once when none waits). */
export function partsLive(): Promise<void> {
  return waiting === 0 ? Promise.resolve() : new Promise((done) => settled.push(done));
}

function partDone() {
  waiting -= 1;
  if (waiting > 0) return;
  const callbacks = settled;
  settled = [];
  for (const done of callbacks) done();
}

const KEEP = { __html: '' };

export function HydrateLater({ children }: { children: ComponentChildren }) {
  const host = useRef<HTMLDivElement>(null);
  const first = useRef(children);
  const latest = useRef(children);
  const live = useRef(false);
  latest.current = children;

  // After every render of the island once the part is live: the part shows the latest children.
  useLayoutEffect(() => {
    if (live.current && host.current) render(h(Fragment, null, latest.current), host.current);
  });

  useLayoutEffect(() => {
    const el = host.current!;
    waiting += 1;
    let pending = true;
    const timer = setTimeout(() => {
      // The markup on the page is the first render's, so that is what hydrates; a later render
      // (the visitor's saved answers) follows at once as an ordinary update.
      hydrate(h(Fragment, null, first.current), el);
      live.current = true;
      if (latest.current !== first.current) render(h(Fragment, null, latest.current), el);
      pending = false;
      partDone();
    }, 0);
    return () => {
      clearTimeout(timer);
      if (pending) partDone();
      else render(null, el);
    };
  }, []);

  if (typeof window === 'undefined') return <div class="island-part">{children}</div>;
  return <div class="island-part" ref={host} dangerouslySetInnerHTML={KEEP} />;
}
