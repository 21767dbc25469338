/**
 * State of the plan page. The plan keeps no answers of its own: `$planState` gathers the tools'
 * persisted stores and the shared profile, and every action writes back through those stores' own
 * actions, so the tools and the plan always show the same answers.
 *
 * - `$planState`: the visitor's plan (a tool left at its defaults counts as not used).
 * - `$planPrefs`: differences between tools the visitor chose to keep as they are.
 */
import { isObj, own } from '@/lib/untrusted';
import { computed } from 'nanostores';
import { persistedStore } from './persisted';
import { $profile, updateProfile } from './profile';
import { $readiness, firstOpenStep, resetReadiness, setReadinessAnswer, setReadinessStart } from './readiness';
import { $durationInput, patchDurationInput, replaceDurationInput, resetDuration } from './duration';
import { $selectionState, replaceSelectionState, resetSelection } from './selection';
import { $kpiSheet } from './kpi';
import { clearSheet } from './kpi-edits';
import { SITE } from '@/site';
import type { ShareReason } from '@/lib/share-link';
import { DEFAULT_PROFILE, parseProfile, type CompanySize, type Profile } from '@/models/profile';
import type { Level, Platform } from '@/models/duration';
import {
  SHARE_NAME,
  gatherPlan,
  readPlanState,
  serializePlanFile,
  toolStatesOf,
  type ConsistencyIssue,
  type IssueChoice,
  type PlanState,
} from '@/models/plan';

export const $planState = computed(
  [$profile, $readiness, $durationInput, $selectionState, $kpiSheet],
  (profile, readiness, duration, selection, kpi): PlanState =>
    gatherPlan({ profile, readinessAnswers: readiness.answers, duration, selection, kpi }),
);

/** True when the visitor has anything of their own: a used tool or a filled-in profile field. */
export function hasOwnData(plan: PlanState): boolean {
  const p = plan.profile;
  return (
    plan.readiness !== null || plan.duration !== null || plan.selection !== null || plan.kpi !== null ||
    p.companyName !== '' || p.industry !== '' || p.employees !== null || p.companySize !== null || p.plannedStart !== null
  );
}

// ---- differences kept as they are ----

export interface PlanPrefs {
  version: 1;
  /** issue code -> signature of the values the visitor chose to keep */
  kept: Record<string, string>;
}

const DEFAULT_PREFS: PlanPrefs = { version: 1, kept: {} };

function parsePrefs(raw: unknown): PlanPrefs | null {
  if (!isObj(raw) || own(raw, 'version') !== 1) return null;
  const rawKept = own(raw, 'kept');
  if (!isObj(rawKept)) return null;
  const kept: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawKept)) {
    if (/^[a-z-]{1,30}$/.test(k) && typeof v === 'string' && v.length <= 2000) kept[k] = v;
  }
  return { version: 1, kept };
}

export const $planPrefs = persistedStore<PlanPrefs>('plan:v1', DEFAULT_PREFS, parsePrefs);

/** Issues the visitor has not settled: a kept difference comes back only if its values change. */
export function openIssues(issues: readonly ConsistencyIssue[], prefs: PlanPrefs): ConsistencyIssue[] {
  return issues.filter((i) => prefs.kept[i.code] !== i.signature);
}

function keepIssue(issue: ConsistencyIssue): void {
  const prefs = $planPrefs.get();
  $planPrefs.set({ ...prefs, kept: { ...prefs.kept, [issue.code]: issue.signature } });
}

/** Moves the planned start in every tool that has one: the profile, the readiness self-assessment, the estimator. */
export function applyPlannedStart(date: string): boolean {
  const plan = $planState.get();
  updateProfile({ plannedStart: date });
  if (plan.readiness) setReadinessStart(date);
  return plan.duration ? patchDurationInput({ startDate: date }) : true;
}

/**
 * Writes the chosen value into every tool that asks the question. A value that cannot be written
 * back (the estimator's commitment level, its platform) is kept, and the difference is not raised
 * again. Returns false when a tool refused the value.
 */
export function resolveIssue(issue: ConsistencyIssue, choice: IssueChoice): boolean {
  if (!choice.writable) {
    keepIssue(issue);
    return true;
  }
  const plan = $planState.get();
  const v = choice.value;
  switch (issue.code) {
    case 'planned-start':
      return typeof v === 'string' && applyPlannedStart(v);
    case 'company-size': {
      if (v !== 'small' && v !== 'medium' && v !== 'large') return false;
      const size = v as CompanySize;
      // A head count that says otherwise would contradict the chosen band; drop it rather than keep a conflict.
      updateProfile({ companySize: size });
      return patchDurationInput({ companySize: size });
    }
    case 'expansion': {
      if (typeof v !== 'boolean') return false;
      const stage = plan.readiness?.companyStage;
      if (stage && (stage !== 'stable') !== v) setReadinessAnswer('companyStage', v ? 'expanding' : 'stable');
      return patchDurationInput({ expanding: v });
    }
    case 'key-staff': {
      if (typeof v !== 'boolean') return false;
      if (plan.readiness?.keyStaffTurnover) setReadinessAnswer('keyStaffTurnover', v ? 'high' : 'low');
      return patchDurationInput({ keyStaffTurnover: v });
    }
    case 'commitment':
      return typeof v === 'number' && patchDurationInput({ internalCommitment: v as Level });
    case 'platform':
      return typeof v === 'string' && patchDurationInput({ platform: v as Platform });
  }
}

// ---- replacing and clearing everything ----

/** Puts a whole plan (an import, an adopted link) into the tools' stores. */
export function applyPlan(plan: PlanState): void {
  const states = toolStatesOf(plan);
  $profile.set(parseProfile(states.profile) ?? DEFAULT_PROFILE);
  if (plan.readiness) $readiness.set({ version: 1, answers: states.readinessAnswers, step: firstOpenStep(states.readinessAnswers) });
  else resetReadiness();
  replaceDurationInput(states.duration);
  replaceSelectionState(states.selection);
  if (plan.kpi) $kpiSheet.set(states.kpi);
  else clearSheet();
  $planPrefs.set(DEFAULT_PREFS);
}

/**
 * "Clear all my data": every tool back to its defaults through its own action, then every key the
 * site stored removed, exactly as the footer's control does (including stores this page does not
 * know about, which the key-less storage event resets).
 */
export function clearAllData(): void {
  $profile.set(DEFAULT_PROFILE);
  resetReadiness();
  resetDuration();
  resetSelection();
  clearSheet();
  $planPrefs.set(DEFAULT_PREFS);
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(SITE.storagePrefix)) keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: the stores above already hold their defaults for this session.
  }
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new StorageEvent('storage', { key: null }));
  window.dispatchEvent(new CustomEvent('crmpb:cleared'));
}

export function updatePlanProfile(patch: Partial<Omit<Profile, 'version'>>): void {
  updateProfile(patch);
}

// ---- file and link ----

export function planFileText(plan: PlanState, now: Date): string {
  return serializePlanFile(plan, now.toISOString());
}

/** `reason` says what was wrong with an invalid link (codes documented in src/lib/share-link.ts). */
export type ShareRead = { status: 'absent' } | { status: 'invalid'; reason: ShareReason } | { status: 'ok'; plan: PlanState };

// The share-link codec loads when a link is read or made.
const shareCodec = () => Promise.all([import('@/lib/share-link'), import('@/models/plan/share-pack')]);

/** Reads a plan link. Never changes the visitor's data: a shared plan is shown read-only. */
export async function readPlanLink(hash: string): Promise<ShareRead> {
  // A cheap look before the codec loads; the reader itself decides what the entry holds.
  if (!hash.includes(`${SHARE_NAME}=`)) return { status: 'absent' };
  const [{ readShareFragment }, { PLAN_SHARE }] = await shareCodec();
  const read = readShareFragment(hash, SHARE_NAME, PLAN_SHARE);
  if (read.status !== 'ok') return read;
  const plan = readPlanState(read.value);
  return plan.ok ? { status: 'ok', plan: plan.value } : { status: 'invalid', reason: 'invalid-values' };
}

/** The link to a plan, or null when the plan is too large to travel in one (send the file instead). */
export async function planShareUrl(plan: PlanState, location: { origin: string; pathname: string }): Promise<string | null> {
  const [{ shareUrlFor }, { PLAN_SHARE }] = await shareCodec();
  return shareUrlFor(location, SHARE_NAME, plan, PLAN_SHARE);
}

