// A tool text with its source references linked: "(source 004)" / "（资料 004）" / "(000, 001)" become
// [5] / [1][2], links to the Sources page that say which document they are (src/lib/sources.ts).
// Server and client render the same markup, so hydration keeps it.
import { citeParts, refAttributes } from '@/lib/sources';
import type { Locale } from '@/i18n/locales';

export function Cited({ text, locale }: { text: string; locale: Locale }) {
  const parts = citeParts(text);
  if (parts.length === 1 && typeof parts[0] === 'string') return <>{parts[0]}</>;
  return (
    <>
      {parts.map((p) => {
        if (typeof p === 'string') return p;
        const a = refAttributes(locale, p);
        return <a class={a.class} href={a.href} aria-label={a['aria-label']} data-pagefind-ignore="">[{p.n}]</a>;
      })}
    </>
  );
}
