// The estimator's store (src/stores/duration.ts), run in Node: persistence falls back to memory.
// Kept beside the model's tests because this tool's test folder is its own.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  $durationErrors,
  $durationForm,
  $durationInput,
  durationShareUrl,
  formFromInput,
  patchDurationInput,
  resetDuration,
  setDurationField,
} from '@/stores/duration';
import { $durationEstimate } from '@/stores/duration-estimate';
import { prefillDurationFromProfile } from '@/stores/duration-prefill';
import { $profile } from '@/stores/profile';
import { DEFAULT_PROFILE } from '@/models/profile';
import { DEFAULT_DURATION_INPUT, estimateDuration } from '@/models/duration';
import { encodeSharePayload } from '@/lib/share-link';
import { durationAdapter } from '@/stores/adapters/duration';

beforeEach(() => {
  resetDuration();
  $profile.set({ ...DEFAULT_PROFILE });
});

describe('duration store', () => {
  it('starts from the typical company and its estimate', () => {
    expect($durationInput.get()).toEqual(DEFAULT_DURATION_INPUT);
    expect($durationEstimate.get()).toEqual(estimateDuration(DEFAULT_DURATION_INPUT));
    expect($durationErrors.get()).toEqual({});
  });

  it('a valid change updates input and estimate', () => {
    setDurationField('companySize', 'large');
    expect($durationInput.get().companySize).toBe('large');
    expect($durationEstimate.get().total.likelyWeeks).toBeGreaterThan(estimateDuration(DEFAULT_DURATION_INPUT).total.likelyWeeks);
  });

  it('a bad value is kept in the form with its error, while input and estimate stay at the last good value', () => {
    setDurationField('integrations', '5');
    const good = $durationEstimate.get();
    setDurationField('integrations', '25');
    expect($durationForm.get().integrations).toBe('25');
    expect($durationErrors.get()).toEqual({ integrations: 'out-of-range' });
    expect($durationInput.get().integrations).toBe(5);
    expect($durationEstimate.get()).toBe(good);
    setDurationField('integrations', '6');
    expect($durationErrors.get()).toEqual({});
    expect($durationInput.get().integrations).toBe(6);
  });

  it('ignores a value of the wrong kind for a field', () => {
    setDurationField('agile', 'yes' as unknown as boolean);
    expect($durationForm.get().agile).toBe(false);
  });

  it('writes company size and start date back to the shared profile', () => {
    setDurationField('companySize', 'small');
    setDurationField('startDate', '2026-05-04');
    expect($profile.get().companySize).toBe('small');
    expect($profile.get().plannedStart).toBe('2026-05-04');
    setDurationField('startDate', '');
    expect($profile.get().plannedStart).toBeNull();
  });

  it('patchDurationInput merges a valid hand-off and refuses an invalid one', () => {
    expect(patchDurationInput({ internalCommitment: 1, expanding: true, startDate: '2026-03-02' })).toBe(true);
    expect($durationInput.get()).toMatchObject({ internalCommitment: 1, expanding: true, startDate: '2026-03-02' });
    expect($durationForm.get()).toMatchObject({ internalCommitment: '1', expanding: true, startDate: '2026-03-02' });
    expect(patchDurationInput({ internalCommitment: 9 as 1 })).toBe(false);
    expect($durationInput.get().internalCommitment).toBe(1);
  });

  it('a share link round-trips, and reading one (sound or tampered) never changes the saved answers', async () => {
    setDurationField('platform', 'custom');
    setDurationField('startDate', '2027-01-04');
    const url = await durationShareUrl({ origin: 'https://example.test', pathname: '/en/tools/duration/' });
    const saved = $durationInput.get();
    resetDuration();
    const read = await durationAdapter.readLink(new URL(url).hash);
    expect(read).toEqual({ status: 'ok', value: saved });
    expect($durationInput.get()).toEqual(DEFAULT_DURATION_INPUT);

    setDurationField('platform', 'custom');
    const mine = $durationInput.get();
    expect((await durationAdapter.readLink('#duration=!!!')).status).toBe('invalid');
    expect(await durationAdapter.readLink(`#duration=${encodeSharePayload({ ...DEFAULT_DURATION_INPUT, complexity: 11 })}`)).toEqual({ status: 'invalid', reason: 'invalid-values' });
    expect($durationInput.get()).toEqual(mine);
    expect(await durationAdapter.readLink('#other=abc')).toEqual({ status: 'absent' });
  });

  it('prefills from the profile only on a first visit', () => {
    $profile.set({ ...DEFAULT_PROFILE, companySize: 'large', plannedStart: '2026-09-01' });
    expect(prefillDurationFromProfile()).toBe(true);
    expect($durationInput.get()).toMatchObject({ companySize: 'large', startDate: '2026-09-01' });
    // Now the visitor has answers of their own: no second prefill.
    $profile.set({ ...DEFAULT_PROFILE, companySize: 'small' });
    expect(prefillDurationFromProfile()).toBe(false);
    expect($durationInput.get().companySize).toBe('large');
  });

  it('an outside change of the saved input shows in the form', () => {
    $durationInput.set({ ...DEFAULT_DURATION_INPUT, vendorSupport: 5 });
    expect($durationForm.get()).toEqual(formFromInput({ ...DEFAULT_DURATION_INPUT, vendorSupport: 5 }));
  });
});
