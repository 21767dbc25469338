// The company's name, read from a stored profile on its own. A module apart from the rest of the
// profile so that pages which only print the name load only this.
import { isObj, own } from '@/lib/untrusted';

const MAX_TEXT = 120;

/** A free-text field of a stored profile: a string, cut to 120 characters; anything else reads as empty. */
export const boundedText = (v: unknown): string => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : '');

/** The company's name as parseProfile reads it; null for anything that is not a version-1 profile. */
export function companyNameOf(raw: unknown): string | null {
  return isObj(raw) && own(raw, 'version') === 1 ? boundedText(own(raw, 'companyName')) : null;
}
