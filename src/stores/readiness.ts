/**
 * State of the readiness self-assessment.
 *
 * - `$readiness`: the answers given so far (a partial set while the visitor is mid-way) and the step
 *   they are on, persisted and validated again on every read, so a visitor can leave and come back.
 * The verdict and the hand-off live in `readiness-result.ts`, loaded with the result step, so the
 * questions do not carry the scoring model.
 */
import { isObj, own } from '@/lib/untrusted';
import { computed } from 'nanostores';
import { persistedStore } from './persisted';
import { $profile, updateProfile } from './profile';
import { companyFactsOf, parseCompanyFacts, type CompanyFacts } from '@/models/profile/company-facts';
import {
  DIMENSIONS,
  questionById,
  sanitizePartialAnswers,
  unansweredQuestions,
  validateReadinessAnswers,
  type QuestionId,
  type ReadinessAnswers,
} from '@/models/readiness';

export const SHARE_NAME = 'readiness';
/** Steps 0-5 are the six dimensions in `DIMENSIONS` order; step 6 is the result. */
export const RESULT_STEP = DIMENSIONS.length;

export interface ReadinessState {
  version: 1;
  answers: Partial<ReadinessAnswers>;
  step: number;
  /**
   * The company the answers were given for, when they came with a colleague's link: its result is
   * worked out for that company. Absent, the visitor's own profile is the company.
   */
  company?: CompanyFacts;
}

export const EMPTY_READINESS: ReadinessState = Object.freeze({ version: 1, answers: {}, step: 0 }) as ReadinessState;

export function parseReadinessState(raw: unknown): ReadinessState | null {
  if (!isObj(raw) || own(raw, 'version') !== 1) return null;
  const step = own(raw, 'step');
  const at = typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= RESULT_STEP ? step : 0;
  const company = parseCompanyFacts(own(raw, 'company'));
  return { version: 1, answers: sanitizePartialAnswers(own(raw, 'answers')), step: at, ...(company ? { company } : {}) };
}

export const $readiness = persistedStore<ReadinessState>('readiness:v1', EMPTY_READINESS, parseReadinessState);

export const $readinessAnswers = computed($readiness, (s) => s.answers);

/** The company the result is worked out for: the one a colleague's answers came with, else the visitor's. */
export const $readinessCompany = computed([$readiness, $profile], (s, profile): CompanyFacts => s.company ?? companyFactsOf(profile));

// Once the visitor describes their own company, answers taken from a link are judged for it.
let facts = JSON.stringify(companyFactsOf($profile.get()));
$profile.listen((profile) => {
  const now = JSON.stringify(companyFactsOf(profile));
  if (now === facts) return;
  facts = now;
  const { company, ...state } = $readiness.get();
  if (company) $readiness.set(state);
});

/** The visitor chose an answer. */
export function setReadinessAnswer<Q extends QuestionId>(id: Q, value: ReadinessAnswers[Q]): void {
  const state = $readiness.get();
  const answers = sanitizePartialAnswers({ ...state.answers, [id]: value });
  $readiness.set({ ...state, answers });
}

/**
 * A valid `YYYY-MM-DD` or null to clear. The planned start also goes to the shared profile, so the
 * duration estimator and the plan page see the same date.
 */
export function setReadinessStart(date: string | null): boolean {
  const state = $readiness.get();
  const { plannedStart: _old, ...rest } = state.answers;
  const answers = sanitizePartialAnswers(date ? { ...rest, plannedStart: date } : rest);
  if (date && answers.plannedStart !== date) return false;
  $readiness.set({ ...state, answers });
  updateProfile({ plannedStart: answers.plannedStart ?? null });
  return true;
}

export function goToReadinessStep(step: number): void {
  const clamped = Math.min(RESULT_STEP, Math.max(0, Math.trunc(step)));
  $readiness.set({ ...$readiness.get(), step: clamped });
}

export function resetReadiness(): void {
  $readiness.set({ ...EMPTY_READINESS, answers: {} });
}

/** The step of the first unanswered question, or the result step when everything is answered. */
export function firstOpenStep(answers: Partial<ReadinessAnswers>): number {
  const open = unansweredQuestions(answers)[0];
  return open ? DIMENSIONS.indexOf(questionById(open).dimension) : RESULT_STEP;
}

/**
 * Takes the planned start from the shared profile: on a first visit, and when the visitor has since
 * changed it in another tool (every tool writes its start there, so the profile holds the latest
 * choice, such as the estimator's "start on … instead"). Returns the start it replaced, or null
 * (first visit) when it filled one in, so the page can say so; false when nothing changed.
 */
export function prefillReadinessFromProfile(): string | null | false {
  const state = $readiness.get();
  const { plannedStart } = $profile.get();
  if (!plannedStart || state.answers.plannedStart === plannedStart) return false;
  const first = Object.keys(state.answers).length === 0;
  if (!first && !state.answers.plannedStart) return false;
  const answers = sanitizePartialAnswers({ ...state.answers, plannedStart });
  if (answers.plannedStart !== plannedStart) return false;
  $readiness.set({ ...state, answers });
  return first ? null : state.answers.plannedStart ?? null;
}

// The share-link codec loads when a link is read or made: most visits have neither.
const shareLink = () => import('@/lib/share-link');
const sharePack = () => import('@/models/readiness/share-pack');

export async function readinessShareUrl(location: { origin: string; pathname: string }): Promise<string | null> {
  const r = validateReadinessAnswers($readiness.get().answers);
  if (!r.ok) return null;
  const [{ shareFragment }, { READINESS_LINK_SHARE }] = await Promise.all([shareLink(), sharePack()]);
  const state = { answers: r.value, company: $readinessCompany.get() };
  return `${location.origin}${location.pathname}${shareFragment(SHARE_NAME, state, READINESS_LINK_SHARE)}`;
}
