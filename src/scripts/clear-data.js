// @ts-check
// "Clear my data" in the footer: removes every key the site saved in this browser once the visitor
// confirms, and tells mounted stores to fall back to their defaults. Fetched on the button's first
// press (scripts/bootstrap.inline.js), so that the inline script every page carries stays small.

/**
 * @param {HTMLElement} button  the footer's button; its data-* attributes hold the messages
 * @param {string} storagePrefix  the prefix of every key the site writes
 */
export function clearData(button, storagePrefix) {
  const status = /** @type {HTMLElement} */ (document.querySelector('[data-clear-status]'));
  const keys = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key && key.indexOf(storagePrefix) === 0) keys.push(key);
    }
  } catch {
    status.textContent = button.dataset.unavailable ?? '';
    return;
  }
  if (!keys.length) {
    status.textContent = button.dataset.empty ?? '';
    return;
  }
  if (!confirm(button.dataset.confirm)) return;
  for (const key of keys) localStorage.removeItem(key);
  // A storage event with no key tells every mounted persistent store to fall back to its defaults.
  window.dispatchEvent(new StorageEvent('storage', { key: null }));
  window.dispatchEvent(new CustomEvent('crmpb:cleared'));
  status.textContent = button.dataset.done ?? '';
}
