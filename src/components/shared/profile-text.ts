// The shared company profile in words: what a tool says it took from the visitor's other answers.
// The strings come from the site dictionary (`profile.*`), picked by the page with `profileStrings`
// (src/i18n/profile-strings.ts) so the island does not carry the whole dictionary.
import { fill, formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { formatList } from '@/i18n/list';
import type { Profile } from '@/models/profile';

export type ProfileStrings = Record<string, string>;

/**
 * "60 employees, today on spreadsheets and WeChat, start 1 March 2027": the parts of the profile
 * that are filled in, in the visitor's language; empty when nothing is.
 */
export function profileSummary(profile: Profile, strings: ProfileStrings, locale: Locale, parts: { start?: boolean } = {}): string[] {
  const out: string[] = [];
  if (profile.employees !== null) out.push(fill(strings['profile.employees'] ?? '', { n: profile.employees }));
  else if (profile.companySize) out.push(strings[`profile.size.${profile.companySize}`] ?? profile.companySize);
  if (profile.currentTools.length > 0) {
    out.push(fill(strings['profile.tools'] ?? '', { list: formatList(locale, profile.currentTools.map((t) => strings[`profile.tool.${t}`] ?? t)) }));
  }
  if (parts.start !== false && profile.plannedStart) out.push(fill(strings['profile.start'] ?? '', { date: formatDate(locale, profile.plannedStart) }));
  return out;
}

/** The parts of a summary as one run of text: "60 employees, today on spreadsheets". */
export function joinSummary(parts: readonly string[], locale: Locale): string {
  return parts.join(locale === 'zh-cn' ? '，' : ', ');
}

/** A sentence with the summary in its {list}, or '' when there is nothing to say. */
export function summarySentence(template: string, parts: readonly string[], locale: Locale): string {
  return parts.length ? fill(template, { list: joinSummary(parts, locale) }) : '';
}

/** "Taken from your answers elsewhere: 60 employees, …." or '' when the profile holds nothing to say. */
export function takenFromElsewhere(profile: Profile, strings: ProfileStrings, locale: Locale): string {
  return summarySentence(strings['profile.taken'] ?? '', profileSummary(profile, strings, locale), locale);
}
