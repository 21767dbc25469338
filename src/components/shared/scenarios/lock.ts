/**
 * Makes a tool read-only while a shared link is previewed: every form control in the island is
 * disabled (so it is announced as unavailable and skipped by the keyboard, but still read), including
 * controls the island renders during the preview. On release, exactly the controls it disabled are
 * enabled again; the island's next render then sets its own `disabled` values as usual.
 */
const CONTROLS = 'input, select, textarea, button';

export function lockControls(root: Element): () => void {
  const locked = new Set<HTMLInputElement>();
  const disable = () => {
    root.querySelectorAll<HTMLInputElement>(CONTROLS).forEach((el) => {
      if (el.disabled) return;
      el.disabled = true;
      locked.add(el);
    });
  };
  disable();
  const observer = new MutationObserver(disable);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  return () => {
    observer.disconnect();
    locked.forEach((el) => (el.disabled = false));
  };
}
