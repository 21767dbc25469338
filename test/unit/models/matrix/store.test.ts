// The selection store: an action, then read the store. Lives beside the model tests because the store
// is a thin layer over the model's validators.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  $hasInvalidDrafts,
  $matrixResult,
  $selectionDrafts,
  $selectionState,
  $tcoResult,
  choosePreset,
  fieldKey,
  resetSelection,
} from '@/stores/selection';
import { addOption, costToScores, removeOption, selectionShareUrl, setLabel, setPrice, setScore, setUsers, setWeight, settleField } from '@/stores/selection-edits';
import { shareFragment } from '@/lib/share-link';
import { CRITERIA, DEFAULT_SELECTION_STATE, MAX_OPTIONS } from '@/models/matrix';

beforeEach(() => resetSelection());

describe('selection store', () => {
  it('starts neutral', () => {
    expect($selectionState.get()).toEqual(DEFAULT_SELECTION_STATE);
    expect($matrixResult.get().winner).toBeNull();
  });

  it('a bad score stays as a draft with its code; the result keeps the last valid value', () => {
    setScore('saas', 'usability', '4');
    const before = $matrixResult.get().totals.saas;
    setScore('saas', 'usability', '7');
    expect($selectionDrafts.get()[fieldKey.score('saas', 'usability')]).toEqual({ raw: '7', code: 'out-of-range' });
    expect($hasInvalidDrafts.get()).toBe(true);
    expect($matrixResult.get().totals.saas).toBe(before);
    // The rest keeps working: another field still updates the result.
    setScore('lowcode', 'integration', '5');
    expect($matrixResult.get().ranking[0]).toBe('lowcode');
    setScore('saas', 'usability', '2');
    expect($hasInvalidDrafts.get()).toBe(false);
    settleField(fieldKey.score('saas', 'usability'));
    expect($selectionDrafts.get()[fieldKey.score('saas', 'usability')]).toBeUndefined();
  });

  it('moving a weight re-ranks', () => {
    setScore('saas', 'usability', '5');
    setScore('lowcode', 'process-fit', '5');
    setWeight('usability', '30');
    expect($matrixResult.get().ranking[0]).toBe('saas');
    setWeight('usability', '0');
    setWeight('process-fit', '30');
    expect($matrixResult.get().ranking[0]).toBe('lowcode');
  });

  it('refuses to zero the last weight, then accepts it once another weight rises', () => {
    for (const c of CRITERIA.slice(1)) setWeight(c.id, '0');
    setWeight(CRITERIA[0]!.id, '0');
    expect($selectionDrafts.get()[fieldKey.weight(CRITERIA[0]!.id)]?.code).toBe('no-weights');
    expect($selectionState.get().matrix.weights[CRITERIA[0]!.id]).toBe(10);
    setWeight(CRITERIA[1]!.id, '5');
    expect($selectionState.get().matrix.weights[CRITERIA[0]!.id]).toBe(0);
    expect($hasInvalidDrafts.get()).toBe(false);
  });

  it('adds options up to six, with neutral scores and placeholder prices, and removes down to two', () => {
    const id = addOption()!;
    expect(id).toBe('option-3');
    expect($selectionState.get().tco.options.map((o) => o.id)).toEqual(['saas', 'lowcode', 'option-3']);
    while (addOption());
    expect($selectionState.get().matrix.options).toHaveLength(MAX_OPTIONS);
    for (const o of [...$selectionState.get().matrix.options]) removeOption(o.id);
    expect($selectionState.get().matrix.options).toHaveLength(2);
    expect($selectionState.get().tco.options).toHaveLength(2);
  });

  it('renames, and typing the default name back clears the custom label', () => {
    setLabel('saas', 'Acme CRM', 'Standard SaaS CRM');
    expect($selectionState.get().matrix.options[0]!.label).toBe('Acme CRM');
    setLabel('saas', 'Standard SaaS CRM', 'Standard SaaS CRM');
    expect('label' in $selectionState.get().matrix.options[0]!).toBe(false);
    setLabel('saas', 'x'.repeat(61), 'Standard SaaS CRM');
    expect($selectionDrafts.get()[fieldKey.label('saas')]?.code).toBe('too-long');
  });

  it('turns the cost comparison into total-cost scores', () => {
    setPrice('lowcode', 'licensePerUserPerMonth', '300');
    setUsers('10');
    expect($tcoResult.get().options[1]!.total).toBeGreaterThan($tcoResult.get().options[0]!.total);
    const scores = costToScores();
    expect(scores.saas).toBe(5);
    expect($selectionState.get().matrix.options[1]!.scores['total-cost']).toBe(scores.lowcode);
    expect(scores.lowcode!).toBeLessThan(5);
  });

  it('a negative user count is refused beside the field', () => {
    setUsers('-3');
    expect($selectionDrafts.get().users?.code).toBe('out-of-range');
    expect($selectionState.get().tco.users).toBe(DEFAULT_SELECTION_STATE.tco.users);
  });

  it('presets keep added options', () => {
    addOption();
    choosePreset('vendor-002');
    expect($selectionState.get().preset).toBe('vendor-002');
    expect($selectionState.get().matrix.options.map((o) => o.id)).toEqual(['saas', 'lowcode', 'option-3']);
    expect($matrixResult.get().winner).toBe('lowcode');
  });

  it('share links round-trip, and reading one (sound or tampered) never changes the matrix', async () => {
    const { selectionAdapter } = await import('@/stores/adapters/selection');
    choosePreset('growing-custom');
    addOption();
    setLabel('option-3', '自建', 'Option C');
    const url = await selectionShareUrl({ origin: 'http://x', pathname: '/en/tools/selection/' });
    const saved = $selectionState.get();
    resetSelection();
    expect(await selectionAdapter.readLink(new URL(url).hash)).toEqual({ status: 'ok', value: saved });
    expect($selectionState.get()).toEqual(DEFAULT_SELECTION_STATE);
    choosePreset('growing-custom');
    const mine = $selectionState.get();
    expect((await selectionAdapter.readLink('#selection=not-base64!')).status).toBe('invalid');
    const hostile = { ...saved, matrix: { ...saved.matrix, weights: { '<img src=x>': 1 } } };
    expect((await selectionAdapter.readLink(shareFragment('selection', hostile))).status).toBe('invalid');
    expect($selectionState.get()).toEqual(mine);
    expect(await selectionAdapter.readLink('#other=abc')).toEqual({ status: 'absent' });
  });
});
