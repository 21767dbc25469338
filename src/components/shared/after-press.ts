// What changes the layout when focus leaves a field (a card moving to another group, a message
// appearing under it) waits while a pointer is pressed. Focus leaves on the press, before the button
// is released; if the control under the pointer moves in between, the browser sends no click, and the
// visitor's first click after editing is lost.
let pressed = false;
if (typeof window !== 'undefined') {
  addEventListener('pointerdown', () => (pressed = true), true);
  for (const type of ['pointerup', 'pointercancel'] as const) addEventListener(type, () => (pressed = false), true);
}

/** Runs `change` now, or, during a press, once the press is over and its click has been handled. */
export function afterPress(change: () => void): void {
  if (!pressed) return change();
  const done = () => {
    removeEventListener('pointerup', done, true);
    removeEventListener('pointercancel', done, true);
    // The click follows the release in the same turn of input handling; a task queued now runs after it.
    setTimeout(change, 0);
  };
  addEventListener('pointerup', done, true);
  addEventListener('pointercancel', done, true);
}
