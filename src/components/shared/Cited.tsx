// A tool text with its source references linked: "(source 004)" / "（资料 004）" / "(000, 001)" become
// [5] / [1][2], links to the Sources page (src/lib/sources.ts). Server and client render the same
// markup, so hydration keeps it. The accessible name says what the document is ("Source 5: a
// consultant's opinion piece…"): an island's page passes one locale's labels (SOURCE_LABEL[locale])
// and the island provides them with <SourceLabels.Provider>, so bundles do not carry both languages.
// Without them the name is "Source 5".
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { citeParts, refHref, refName } from '@/lib/sources';
import type { Locale } from '@/i18n/locales';

export const SourceLabels = createContext<Readonly<Record<string, string>> | undefined>(undefined);

export function Cited({ text, locale }: { text: string; locale: Locale }) {
  const labels = useContext(SourceLabels);
  const parts = citeParts(text);
  if (parts.length === 1 && typeof parts[0] === 'string') return <>{parts[0]}</>;
  return (
    <>
      {parts.map((p) =>
        typeof p === 'string' ? p : (
          <a class="cite" href={refHref(locale, p.n)} aria-label={refName(locale, p, labels?.[p.ref])} data-pagefind-ignore="">[{p.n}]</a>
        ),
      )}
    </>
  );
}
