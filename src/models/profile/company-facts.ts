// The facts about the company a readiness result depends on, apart from the rest of the profile so
// that only the pages that carry them (the readiness check) load them.
import { isObj } from '@/lib/untrusted';
import { parseProfile, type Profile } from './index';

/**
 * The facts about the company a readiness result depends on, as the profile holds them. A shared
 * assessment carries these with it, so its reader sees the result its sender saw.
 */
export type CompanyFacts = Pick<Profile, 'employees' | 'companySize' | 'currentTools'>;

export function companyFactsOf(profile: CompanyFacts): CompanyFacts {
  return { employees: profile.employees, companySize: profile.companySize, currentTools: [...profile.currentTools] };
}

/** Reads company facts from a link or from storage with the profile's own rules; null when not an object. */
export function parseCompanyFacts(raw: unknown): CompanyFacts | null {
  const profile = isObj(raw) ? parseProfile({ ...raw, version: 1 }) : null;
  return profile && companyFactsOf(profile);
}

