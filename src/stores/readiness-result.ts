/**
 * The readiness self-assessment's verdict and hand-off, apart from the answers (`readiness.ts`) so
 * that the questions load without the scoring model; the result step loads this.
 * - `$readinessResult`: the model's verdict once every question is answered, else null.
 * - `$readinessHandoff`: what the duration estimator takes over, in its own field names.
 * - `$savedDurationInput`: the estimator's saved answers, which place training and go-live.
 */
import { atom, computed } from 'nanostores';
import { SITE } from '@/site';
import { $profile, updateProfile } from './profile';
import { readStored } from './persisted';
import { $readiness, $readinessAnswers, $readinessCompany, type ReadinessState } from './readiness';
import { engine, installStorageEngine } from './storage-engine';
import { companyContext } from '@/models/profile';
import type { CompanyFacts } from '@/models/profile/company-facts';
import { todayIso } from '@/models/calendar';
import { validateDurationInput } from '@/models/duration/validate';
import type { DurationInput } from '@/models/duration/types';
import { assessReadiness, durationHints, handedOffInput, validateReadinessAnswers, type DurationHints, type ReadinessResult } from '@/models/readiness';

/** Today in the browser; undefined at build time, so the build never depends on the day it ran. */
export const $readinessToday = atom<string | undefined>(typeof window === 'undefined' ? undefined : todayIso());

/** The duration store's name in storage (duration.ts); the version is part of it. */
export const DURATION_STORE_NAME = 'duration:v1';
const DURATION_KEY = `${SITE.storagePrefix}${DURATION_STORE_NAME}`;

const parseDuration = (raw: unknown): DurationInput | null => {
  const r = validateDurationInput(raw);
  return r.ok ? r.value : null;
};

/**
 * The estimator's saved answers, read straight from storage and validated as the estimator reads
 * them; null when none are saved or what is stored is not an input. Read here rather than through
 * the estimator's store, which would bring its simulation and form state to this page.
 */
export function savedDurationInput(): DurationInput | null {
  installStorageEngine();
  const text = engine?.[DURATION_KEY];
  return text === undefined ? null : readStored<DurationInput | null>(text, parseDuration, null);
}

export const $savedDurationInput = atom<DurationInput | null>(typeof window === 'undefined' ? null : savedDurationInput());
if (typeof window !== 'undefined') {
  // The estimator in another tab, or "clear my data" (a storage event without a key), changes them.
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === DURATION_KEY) $savedDurationInput.set(savedDurationInput());
  });
}

/**
 * The verdict for a readiness state, or null until every question is answered. The company's size and
 * current tools (the state's own when its answers came with a colleague's link, else `ownCompany`, the
 * shared profile's), and the visitor's saved estimator answers for what the questions here do not ask
 * (platform, deployment…), place training and go-live as the estimator would, so both tools name the
 * same findings for the same start. Answers that came with a link are judged for the colleague's
 * company, whose estimator answers are not known. The live result and the comparison of saved
 * scenarios (adapters/readiness.ts) both go through here, so they never disagree.
 */
export function readinessResultFor(
  state: Pick<ReadinessState, 'answers' | 'company'>,
  today: string | undefined,
  ownCompany: CompanyFacts,
  estimator: DurationInput | null,
): ReadinessResult | null {
  const r = validateReadinessAnswers(state.answers);
  return r.ok ? assessReadiness(r.value, today, companyContext(state.company ?? ownCompany), state.company ? undefined : estimator ?? undefined) : null;
}

export const $readinessResult = computed(
  [$readinessAnswers, $readinessToday, $readinessCompany, $readiness, $savedDurationInput],
  (answers, today, company, state, estimator): ReadinessResult | null => readinessResultFor({ answers, company: state.company }, today, company, estimator),
);

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
