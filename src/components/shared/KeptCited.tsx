// A paragraph of tool text with its source references, which never changes on the page (where a list
// of pains comes from, what an example is based on): the build renders it with Cited, and the browser
// keeps that markup as it is. Preact leaves an element whose inner-HTML prop is constant alone, so
// Cited's code need not come with the page for it.
import type { Locale } from '@/i18n/locales';

// Only the build renders the text; a static import would put Cited back into the page's script.
const CitedAtBuild = import.meta.env.SSR ? (await import('./Cited')).Cited : undefined;
const KEEP = { __html: '' };

export function KeptCited({ class: className, text, locale }: { class?: string; text: string; locale: Locale }) {
  if (CitedAtBuild) return <p class={className}><CitedAtBuild text={text} locale={locale} /></p>;
  return <p class={className} dangerouslySetInnerHTML={KEEP} />;
}
