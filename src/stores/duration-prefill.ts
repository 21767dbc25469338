/**
 * Filling the estimator in from the shared company profile: apart from `./duration` because only a
 * first visit by someone who has told another tool about their company needs it.
 */
import { companyContext, companyDurationFields } from '@/models/profile';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import type { DurationInput } from '@/models/duration/types';
import { $durationInput, atDurationDefaults, patchDurationInput } from './duration';
import { $profile } from './profile';

/**
 * First visit (or answers still at the defaults): take company size and planned start from the shared profile. Returns true when it
 * filled something in, so the form can say so.
 */
export function prefillDurationFromProfile(): boolean {
  // Untouched means still the defaults (never answered, or reset): then the profile knows better.
  if (!atDurationDefaults($durationInput.get())) return false;
  const profile = $profile.get();
  const company = companyContext(profile);
  if (!company.companySize && company.currentTools.length === 0 && !profile.plannedStart) return false;
  const patch: Partial<DurationInput> = companyDurationFields(DEFAULT_DURATION_INPUT, company);
  if (profile.plannedStart) patch.startDate = profile.plannedStart;
  return patchDurationInput(patch);
}
