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
/**
 * Controls whose click does nothing without their code. A checkbox or a radio button is not one: it
 * keeps the state the visitor gave it, and that state is played as an edit.
 */
const HELD_CLICKS = 'button';
const HELD = ['click', 'input', 'change', 'submit'];
const TOGGLES = new Set(['checkbox', 'radio']);
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
  /**
   * Whether coming into view wakes the part (default). False for a part on or near the first screen
   * whose build markup shows everything a reader needs: only the visitor's own acts wake it, so a
   * visit that only reads fetches none of its code.
   */
  wakeInView?: boolean;
}

export function LoadLater<P extends object>({ load, build, props, asBuilt, wakeInView = true }: Props<P>) {
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
      // Played later instead, in order, so that a handler already live does not run twice.
      e.stopPropagation();
      if (e.type === 'click' || e.type === 'submit') {
        e.preventDefault();
        held.push([control, e.type]);
      } else if (TOGGLES.has(target.type)) held.push([target, e.type, String(target.checked)]);
      else if ('value' in target) held.push([target, e.type, target.value]);
    };
    const seen = new IntersectionObserver((entries) => entries.some((x) => x.isIntersecting) && wake.current());
    const listen = (on: boolean) => {
      for (const type of WAKE_ON) (on ? addEventListener : removeEventListener)(type, wake.current, true);
      if (!on) seen.disconnect();
    };

    wake.current = () => {
      if (started) return;
      started = true;
      // Says the part is on its way, with the visitor's moves held: automation waits it out.
      el.dataset.waking = '';
      listen(false);
      load().then(async (part) => {
        if (!el.isConnected) return;
        // The page holds the build's markup: while the island still matches it the latest props hydrate
        // it (with the latest handlers); otherwise the first props do and the latest follow.
        const matched = now.current.asBuilt;
        hydrate(h(part, matched ? now.current.props : first.current), el);
        // Parts inside (HydrateLater) become live in tasks of their own; what was held waits for them.
        // Until then the island's renders leave this part alone, so nothing the visitor typed or
        // ticked is put back.
        await partsLive();
        live.current = part;
        for (const type of HELD) el.removeEventListener(type, hold, true);
        // From here to the first held click, one task: the latest props (which hold none of the
        // visitor's moves yet) are rendered, unless hydration already drew what they show, and the moves
        // played over them before anything is painted or read, so a ticked box is never seen unticked.
        if (!matched || !now.current.asBuilt) render(h(part, now.current.props), el);
        liveLoads.add(load);
        for (const watcher of watchers) watcher();
        for (const [control, type, value] of held) {
          if (type === 'click' || type === 'submit') {
            // A click acts on what the island shows: it renders the edits played so far first (an
            // export after an edit must see the edit), and what the click changed before the next move.
            await new Promise((next) => setTimeout(next));
            if (type === 'click') control.click();
            else (control as HTMLFormElement).requestSubmit();
            await new Promise((next) => setTimeout(next));
          } else {
            const input = control as HTMLInputElement;
            if (TOGGLES.has(input.type)) input.checked = value === 'true';
            else input.value = value!;
            control.dispatchEvent(new Event(type, { bubbles: true }));
          }
        }
        delete el.dataset.waking;
      }, () => {
        // Offline, say: the build's markup stays, and the visitor's next move tries again.
        delete el.dataset.waking;
        started = false;
        listen(true);
      });
    };
    for (const type of HELD) el.addEventListener(type, hold, true);
    if (wakeInView) for (const child of Array.from(el.children)) seen.observe(child);
    listen(true);
    return () => listen(false);
  }, []);

  useLayoutEffect(() => {
    if (!asBuilt) wake.current();
  }, [asBuilt]);

  if (typeof window === 'undefined') return <div class="island-part">{build && h(build, props)}</div>;
  return <div class="island-part" ref={host} dangerouslySetInnerHTML={KEEP} />;
}
