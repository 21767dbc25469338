import { persistedStore } from './persisted';
import { DEFAULT_PROFILE, parseProfile, sizeFromEmployees, type Profile } from '@/models/profile';

/** The shared company profile. Tools prefill from it and write back what the visitor tells them. */
export const $profile = persistedStore<Profile>('profile:v1', DEFAULT_PROFILE, parseProfile);

/** Merges a partial update, keeping the size band consistent with a newly given head count. */
export function updateProfile(patch: Partial<Omit<Profile, 'version'>>): void {
  const next = { ...$profile.get(), ...patch };
  if (patch.employees != null && patch.companySize === undefined) next.companySize = sizeFromEmployees(patch.employees);
  $profile.set(parseProfile(next) ?? DEFAULT_PROFILE);
}
