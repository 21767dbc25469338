/**
 * State of the duration estimator.
 *
 * - `$durationForm`: what the visitor typed, as strings and booleans, valid or not.
 * - `$durationInput`: the last valid input, persisted (validated again on every read).
 * - `$durationEstimate` (`./duration-estimate`, a module of its own so the estimator page can fetch the
 *   model's code only once the answers differ from the defaults it was built with).
 * Other tools (readiness) and the plan page use `patchDurationInput` and read the two stores.
 */
import { atom, computed } from 'nanostores';
import { persistedStore } from './persisted';
import { updateProfile } from './profile';
// Direct module imports (not the index) so the browser bundle leaves out the file exporters.
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';
import { validateDurationInput } from '@/models/duration/validate';
import type { DurationField, DurationInput, ValidationCode } from '@/models/duration/types';

export const SHARE_NAME = 'duration';

const BOOLEAN_FIELDS = ['switchingVendor', 'agile', 'expanding', 'keyStaffTurnover'] as const;
type BooleanField = (typeof BOOLEAN_FIELDS)[number];
const isBooleanField = (f: DurationField): f is BooleanField => (BOOLEAN_FIELDS as readonly string[]).includes(f);

export type DurationForm = { [K in DurationField]-?: K extends BooleanField ? boolean : string };

export function formFromInput(input: DurationInput): DurationForm {
  return {
    companySize: input.companySize,
    complexity: String(input.complexity),
    digitalMaturity: String(input.digitalMaturity),
    vendorSupport: String(input.vendorSupport),
    internalCommitment: String(input.internalCommitment),
    deployment: input.deployment,
    platform: input.platform,
    integrations: String(input.integrations),
    switchingVendor: input.switchingVendor,
    agile: input.agile,
    expanding: input.expanding ?? false,
    keyStaffTurnover: input.keyStaffTurnover ?? false,
    startDate: input.startDate ?? '',
  };
}

const parseStored = (raw: unknown): DurationInput | null => {
  const r = validateDurationInput(raw);
  return r.ok ? r.value : null;
};

export const $durationInput = persistedStore<DurationInput>('duration:v1', DEFAULT_DURATION_INPUT, parseStored);
export const $durationForm = atom<DurationForm>(formFromInput($durationInput.get()));

export const $durationErrors = computed($durationForm, (form): Partial<Record<DurationField, ValidationCode>> => {
  const r = validateDurationInput(form);
  if (r.ok) return {};
  const out: Partial<Record<DurationField, ValidationCode>> = {};
  for (const e of r.errors) if (e.field !== 'input') out[e.field] ??= e.code;
  return out;
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// When the saved input changes from outside the form (another tab, "clear my data", another tool's
// hand-off), show it in the form; changes that came from the form itself are left alone.
$durationInput.listen((input) => {
  const r = validateDurationInput($durationForm.get());
  if (!r.ok || !same(r.value, input)) $durationForm.set(formFromInput(input));
});

/** Whether these answers are the defaults, as the form shows them (an unanswered yes-or-no is a no). */
export function atDurationDefaults(input: DurationInput): boolean {
  return same(formFromInput(input), DEFAULT_FORM);
}
const DEFAULT_FORM = formFromInput(DEFAULT_DURATION_INPUT);

function commit(form: DurationForm): boolean {
  $durationForm.set(form);
  const r = validateDurationInput(form);
  if (r.ok && !same(r.value, $durationInput.get())) $durationInput.set(r.value);
  return r.ok;
}

/** The visitor changed one field. Company size and start date also go to the shared profile. */
export function setDurationField<K extends DurationField>(field: K, value: DurationForm[K]): void {
  if (isBooleanField(field) !== (typeof value === 'boolean')) return;
  const form = { ...$durationForm.get(), [field]: value } as DurationForm;
  const ok = commit(form);
  if (!ok) return;
  const input = $durationInput.get();
  if (field === 'companySize') updateProfile({ companySize: input.companySize });
  if (field === 'startDate') updateProfile({ plannedStart: input.startDate ?? null });
}

/** Replaces everything with a valid input (share links, reset). */
export function replaceDurationInput(input: DurationInput): void {
  $durationInput.set(input);
  $durationForm.set(formFromInput(input));
}

export function resetDuration(): void {
  replaceDurationInput({ ...DEFAULT_DURATION_INPUT });
}

/**
 * Merges answers given elsewhere (the readiness self-assessment's hand-off, the plan page) into the saved
 * input. Returns false, changing nothing, when the result would not be valid.
 */
export function patchDurationInput(patch: Partial<DurationInput>): boolean {
  const r = validateDurationInput({ ...$durationInput.get(), ...patch });
  if (!r.ok) return false;
  replaceDurationInput(r.value);
  return true;
}

// The share-link codec loads when a link is read or made: most visits have neither.
const shareLink = () => import('@/lib/share-link');
const sharePack = () => import('@/models/duration/share-pack');

export async function durationShareUrl(location: { origin: string; pathname: string }): Promise<string> {
  const [{ shareFragment }, { DURATION_SHARE }] = await Promise.all([shareLink(), sharePack()]);
  return `${location.origin}${location.pathname}${shareFragment(SHARE_NAME, $durationInput.get(), DURATION_SHARE)}`;
}
