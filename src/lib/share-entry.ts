/**
 * Whether a location hash holds an entry for `name` (`#name=...`), valid or not. Tiny on purpose: a
 * page checks this on load and imports the share-link codec only when there is a link to read.
 */
export function hasShareEntry(hash: string, name: string): boolean {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body.split('&').some((part) => part.startsWith(`${name}=`));
}
