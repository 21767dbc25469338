import { getCollection, type CollectionEntry } from 'astro:content';
import { INTL_LOCALE, type Locale } from '@/i18n/locales';
import { entrySlug, entryLocale } from './entry-id';

/** A locale's guides in reading order. */
export async function guidesFor(locale: Locale): Promise<CollectionEntry<'guides'>[]> {
  const all = await getCollection('guides', (e) => entryLocale(e.id) === locale);
  return all.sort((a, b) => a.data.order - b.data.order || entrySlug(a.id).localeCompare(entrySlug(b.id)));
}

export async function faqFor(locale: Locale): Promise<CollectionEntry<'faq'>[]> {
  const all = await getCollection('faq', (e) => entryLocale(e.id) === locale);
  return all.sort((a, b) => a.data.order - b.data.order || a.data.id.localeCompare(b.data.id));
}

export async function glossaryFor(locale: Locale): Promise<CollectionEntry<'glossary'>[]> {
  const all = await getCollection('glossary', (e) => entryLocale(e.id) === locale);
  return all.sort((a, b) => a.data.term.localeCompare(b.data.term, INTL_LOCALE[locale]));
}
