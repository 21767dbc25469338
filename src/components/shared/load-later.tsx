// A part of a tool island whose code is fetched only once the visitor can use it. Below the first
// screen of a fresh visit its build-time markup is exactly what it would render (the neutral defaults),
// so the page reads, prints and is searched correctly without it; only its controls wait for code.
//
// The code is fetched at the first sign of a visitor (a pointer, a key, a touch, scrolling, focus),
// when the part comes into view, before printing, and at once when the island says the markup no
// longer matches (saved answers, a shared link). A click or an edit that reaches a control before its
// code has arrived is held and played again once the part is live, so nothing the visitor does is lost.
// The part then works as HydrateLater's do: each render of the island renders the latest props into it.
import { h, hydrate, render, type ComponentType } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { partsLive } from './hydrate-later';

/** The first of these shows a visitor is there (beforeprint: a printout needs no visitor). */
const WAKE_ON = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin', 'beforeprint'];
/** Controls whose click does nothing, or the wrong thing, without their code. */
const HELD_CLICKS = 'button,label,input[type=checkbox],input[type=radio]';
const HELD = ['click', 'input', 'change', 'submit'];
const KEEP = { __html: '' };

/** The loaders whose parts are live, and the islands waiting to hear of one. */
const liveLoads = new WeakSet<object>();
const watchers = new Set<() => void>();

/**
 * True once the parts these loaders fetch are all live. An island whose answers differ from the build
 * (saved answers, a link) is not ready (`data-ready`) until then, so nobody reads the build's defaults
 * in those parts as the visitor's own.
 */
export function useLaterPartsLive(...loads: object[]): boolean {
  const [, rerender] = useState({});
  useLayoutEffect(() => {
    const watcher = () => rerender({});
    watchers.add(watcher);
    return () => void watchers.delete(watcher);
  }, []);
  return loads.every((load) => liveLoads.has(load));
}

interface Props<P> {
  /** Fetches the part's code (a dynamic import); called at most once. */
  load: () => Promise<ComponentType<P>>;
  /**
   * The same component, for the build only: `import.meta.env.SSR ? (await import(…)).Part : undefined`
   * (a static import would put the part's code back into the page's script).
   */
  build?: ComponentType<P>;
  props: P;
  /** False once the part would render something other than its build-time markup. */
  asBuilt: boolean;
}

export function LoadLater<P extends object>({ load, build, props, asBuilt }: Props<P>) {
  const host = useRef<HTMLDivElement>(null);
  const first = useRef(props);
  const now = useRef({ props, asBuilt });
  now.current = { props, asBuilt };
  const live = useRef<ComponentType<P>>();
  const wake = useRef(() => {});

  // After every render of the island once the part is live: the part shows the latest props.
  useLayoutEffect(() => {
    if (live.current) render(h(live.current, now.current.props), host.current!);
  });

  useLayoutEffect(() => {
    const el = host.current!;
    /** What the visitor did before the code arrived: a control and its event (an edit with its value). */
    const held: [HTMLElement, string, string?][] = [];
    let started = false;
    const hold = (e: Event) => {
      wake.current();
      const target = e.target as HTMLInputElement;
      const control = e.type === 'click' ? target.closest<HTMLElement>(HELD_CLICKS) : target;
      if (!control || !el.contains(control)) return;
      if (e.type === 'click' || e.type === 'submit') {
        // Played later instead: a checkbox's own toggle would be undone, a live handler run twice.
        e.preventDefault();
        e.stopPropagation();
        held.push([control, e.type]);
      } else if ('value' in target) held.push([target, e.type, target.value]);
    };
    const seen = new IntersectionObserver((entries) => entries.some((x) => x.isIntersecting) && wake.current());
    const listen = (on: boolean) => {
      for (const type of WAKE_ON) (on ? addEventListener : removeEventListener)(type, wake.current, true);
      if (!on) seen.disconnect();
    };

    wake.current = () => {
      if (started) return;
      started = true;
      listen(false);
      load().then(async (part) => {
        if (!el.isConnected) return;
        // The page holds the build's markup: while the island still matches it the latest props hydrate
        // it (with the latest handlers); otherwise the first props do and the latest follow.
        const { props: latest, asBuilt: matches } = now.current;
        hydrate(h(part, matches ? latest : first.current), el);
        if (!matches) render(h(part, latest), el);
        live.current = part;
        // Parts inside (HydrateLater) become live in tasks of their own; what was held waits for them.
        await partsLive();
        liveLoads.add(load);
        for (const watcher of watchers) watcher();
        for (const type of HELD) el.removeEventListener(type, hold, true);
        for (const [control, type, value] of held) {
          if (type === 'click') control.click();
          else if (type === 'submit') (control as HTMLFormElement).requestSubmit();
          else {
            // Rendering the latest props may have put the old value back.
            (control as HTMLInputElement).value = value!;
            control.dispatchEvent(new Event(type, { bubbles: true }));
          }
          // The island renders what each one changed before the next is played (an export after an
          // edit must see the edit).
          await new Promise((next) => setTimeout(next));
        }
      }, () => {
        // Offline, say: the build's markup stays, and the visitor's next move tries again.
        started = false;
        listen(true);
      });
    };
    for (const type of HELD) el.addEventListener(type, hold, true);
    for (const child of Array.from(el.children)) seen.observe(child);
    listen(true);
    return () => listen(false);
  }, []);

  useLayoutEffect(() => {
    if (!asBuilt) wake.current();
  }, [asBuilt]);

  if (typeof window === 'undefined') return <div class="island-part">{build && h(build, props)}</div>;
  return <div class="island-part" ref={host} dangerouslySetInnerHTML={KEEP} />;
}
