// A tool text with its source references linked: "[5]" becomes a link to the Sources page
// (/<locale>/sources/#source-5) whose accessible name says what the document is. Islands receive their
// strings with every citation already written "[n]" (citeStrings in src/lib/sources.ts, run by the
// page at build time), so no citation parser ships to the browser. Server and client render the same
// markup, so hydration keeps it. The page also passes one locale's labels (SOURCE_LABEL[locale]) to
// the island, which hands them over with provideSourceLabels as it renders (a module variable, not a
// Preact context: the tool pages' JavaScript budget is tight); without them the name is "Source 5".
import { SOURCES } from '@/site';
import { refHref, refName, splitRefs } from '@/lib/sources';
import type { Locale } from '@/i18n/locales';

import { sourceLabel } from './source-labels';
export { provideSourceLabels } from './source-labels';

// A tool re-renders its cited texts on every change of an answer, and the texts themselves never
// change: cut each into text and references once per page.
const partsOf = new Map<string, readonly (string | number)[]>();
function parts(text: string): readonly (string | number)[] {
  let found = partsOf.get(text);
  if (!found) partsOf.set(text, (found = splitRefs(text)));
  return found;
}

export function Cited({ text, locale }: { text: string; locale: Locale }) {
  const pieces = parts(text);
  if (pieces.every((p) => typeof p === 'string')) return <>{text}</>;
  return (
    <>
      {pieces.map((p) => {
        const source = typeof p === 'number' ? SOURCES[p - 1] : undefined;
        if (!source) return typeof p === 'number' ? `[${p}]` : p;
        const ref = { ref: source.id, n: p as number };
        return <a class="cite" href={refHref(locale, ref.n)} aria-label={refName(locale, ref, sourceLabel(source.id))} data-pagefind-ignore="">[{ref.n}]</a>;
      })}
    </>
  );
}
