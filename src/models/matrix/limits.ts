// Bounds shared by the validators, the store and the page, so the message shown ("between 1 and 5")
// always matches the rule applied.

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
/** Weights may be on any scale; the cap only keeps sums far from overflow. */
export const MAX_WEIGHT = 1_000_000;
export const LABEL_MAX = 60;
/** Option ids are used in share links and CSS-safe DOM ids, so they stay short and plain. */
export const OPTION_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
/** Top two within this many points (of 100) is "too close to call". */
export const TIE_MARGIN = 1;

export const USERS_MIN = 1;
export const USERS_MAX = 100_000;
export const YEARS_MIN = 1;
export const YEARS_MAX = 5;
export const MIN_TCO_OPTIONS = 1;
/** Any single price above this is a typing slip, not a CRM quote. */
export const PRICE_MAX = 1_000_000_000;
