import { atom } from 'nanostores';

/** True while the page shows a shared link's state: the islands make their controls read-only. */
export const $previewing = atom(false);
