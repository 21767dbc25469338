import { persistedStore } from './persisted';
import { PROFILE_STORE_NAME } from './saved-company-name';
import { DEFAULT_PROFILE, parseProfile, sizeFromEmployees, type Profile } from '@/models/profile';

/** The shared company profile. Tools prefill from it and write back what the visitor tells them. */
export const $profile = persistedStore<Profile>(PROFILE_STORE_NAME, DEFAULT_PROFILE, parseProfile);

/**
 * Merges a partial update, keeping size band and head count consistent: a newly given head count sets
 * the band; a band chosen that the saved head count does not fall in clears the head count.
 */
export function updateProfile(patch: Partial<Omit<Profile, 'version'>>): void {
  const next = { ...$profile.get(), ...patch };
  if (patch.employees != null && patch.companySize === undefined) next.companySize = sizeFromEmployees(patch.employees);
  if (patch.companySize && patch.employees === undefined && next.employees !== null && sizeFromEmployees(next.employees) !== patch.companySize) next.employees = null;
  $profile.set(parseProfile(next) ?? DEFAULT_PROFILE);
}
