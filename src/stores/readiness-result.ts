/**
 * The readiness self-assessment's verdict and hand-off, apart from the answers (`readiness.ts`) so
 * that the questions load without the scoring model; the result step loads this.
 * - `$readinessResult`: the model's verdict once every question is answered, else null.
 * - `$readinessHandoff`: what the duration estimator takes over, in its own field names.
 */
import { atom, computed } from 'nanostores';
import { $profile, updateProfile } from './profile';
import { $readinessAnswers, $readinessCompany } from './readiness';
import { companyContext } from '@/models/profile';
import { todayIso } from '@/models/calendar';
import { assessReadiness, durationHints, handedOffInput, validateReadinessAnswers, type DurationHints, type ReadinessResult } from '@/models/readiness';

/** Today in the browser; undefined at build time, so the build never depends on the day it ran. */
export const $readinessToday = atom<string | undefined>(typeof window === 'undefined' ? undefined : todayIso());

// The company's size and current tools from the shared profile place training and go-live as the estimator would.
export const $readinessResult = computed([$readinessAnswers, $readinessToday, $readinessCompany], (answers, today, company): ReadinessResult | null => {
  const r = validateReadinessAnswers(answers);
  return r.ok ? assessReadiness(r.value, today, companyContext(company)) : null;
});

export const $readinessHandoff = computed($readinessAnswers, (answers): DurationHints | null => {
  const r = validateReadinessAnswers(answers);
  return r.ok ? durationHints(r.value) : null;
});

/**
 * The hand-off: writes commitment, digital maturity, integrations, expansion, key-staff turnover and
 * the planned start (refined by the shared profile's size and current tools) into the duration
 * estimator's saved input, through its own `patchDurationInput`. Loaded on demand so the estimator's
 * model is not part of this page's JavaScript. Returns false when there is nothing complete to hand over.
 */
export async function handOffToDuration(): Promise<boolean> {
  const hints = $readinessHandoff.get();
  if (!hints) return false;
  const { patchDurationInput } = await import('./duration');
  const profile = $profile.get();
  const start = hints.plannedStart ?? profile.plannedStart ?? undefined;
  if (hints.plannedStart) updateProfile({ plannedStart: hints.plannedStart });
  const base = handedOffInput(hints, companyContext($readinessCompany.get()));
  // A date the estimator refused would block the rest, so try again without it.
  return patchDurationInput(start ? { ...base, startDate: start } : base) || patchDurationInput(base);
}
