// What the island checks before loading the report code: is there a plan to show at all? Kept free of
// models and stores, so a first visit with nothing saved loads only this and Preact.

/** True when the site has saved anything of the visitor's (any `crmpb:` key but the plan's own settings). */
export function hasStoredAnswers(prefix: string): boolean {
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key && key.startsWith(prefix) && !key.startsWith(`${prefix}plan:`) && key !== `${prefix}probe`) return true;
    }
  } catch {
    // No storage: nothing saved to show.
  }
  return false;
}

/** True when the address carries a plan link (`#plan=...`), valid or not: the report code judges it. */
export function hashHasPlan(hash: string): boolean {
  return /(^#|&)plan=/.test(hash);
}
