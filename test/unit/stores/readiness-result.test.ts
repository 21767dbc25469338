// The readiness result schedules with the estimator's saved answers, read straight from storage, run
// against a fake browser window whose localStorage is a map. The modules are imported after the window
// exists (and with the date fixed), as in the browser, so the safe storage engine is installed over it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubWindow } from './fake-window';
import { BEST_ANSWERS } from '@/models/readiness';
import { DEFAULT_DURATION_INPUT } from '@/models/duration/defaults';

const { storage } = stubWindow();

const KEY = 'crmpb:duration:v1';
const CUSTOM_ON_PREMISE = { ...DEFAULT_DURATION_INPUT, platform: 'custom', deployment: 'onPremise', startDate: '2027-01-04' };

type Mods = { result: typeof import('@/stores/readiness-result'); readiness: typeof import('@/stores/readiness') };
let m: Mods;

beforeAll(async () => {
  vi.useFakeTimers({ now: Date.parse('2027-06-01T01:30:00.000Z'), toFake: ['Date'] });
  storage.setItem(KEY, JSON.stringify(CUSTOM_ON_PREMISE));
  m = { result: await import('@/stores/readiness-result'), readiness: await import('@/stores/readiness') };
  m.result.$readinessToday.set('2027-06-01');
});
afterAll(() => {
  vi.useRealTimers();
});

beforeEach(() => {
  storage.setItem(KEY, JSON.stringify(CUSTOM_ON_PREMISE));
  window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
  m.readiness.$readiness.set({ version: 1, answers: { ...BEST_ANSWERS, plannedStart: '2027-06-16' }, step: 6 });
});

const codes = () => m.result.$readinessResult.get()!.redFlags.map((f) => f.code);

describe('the readiness result and the estimator’s saved answers', () => {
  it('custom development on premise, saved in the estimator: go-live lands before the festival, and the result says which answers placed it', () => {
    expect(m.result.savedDurationInput()).toMatchObject({ platform: 'custom', deployment: 'onPremise' });
    expect(codes()).toContain('go-live-near-festival');
    expect(m.result.$readinessResult.get()!.startCheck!.fromEstimator).toEqual({ platform: 'custom', deployment: 'onPremise' });
  });

  it('answers that came with a colleague’s link are judged for the colleague’s company, not with the visitor’s estimator answers', () => {
    m.readiness.$readiness.set({ ...m.readiness.$readiness.get(), company: { employees: null, companySize: null, currentTools: [] } });
    expect(codes()).toEqual([]);
    expect(m.result.$readinessResult.get()!.startCheck!.fromEstimator).toBeUndefined();
  });

  it('"clear my data" (a storage event without a key) drops them; a tampered entry is ignored', () => {
    storage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(m.result.$savedDurationInput.get()).toBeNull();
    expect(codes()).toEqual([]);
    storage.setItem(KEY, JSON.stringify({ ...CUSTOM_ON_PREMISE, platform: 'mainframe' }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(m.result.$savedDurationInput.get()).toBeNull();
    expect(m.result.$readinessResult.get()!.verdict).toBe('go');
  });
});

describe('comparing saved readiness scenarios', () => {
  it('judges a scenario with the same saved estimator answers as the live result, so both name the same findings', async () => {
    const { readinessAdapter } = await import('@/stores/adapters/readiness');
    const live = m.readiness.$readiness.get();
    const liveFlags = codes();
    expect(liveFlags).toContain('go-live-near-festival');
    // A scenario saved earlier with a spring start, compared with the current answers.
    const spring = { ...live, answers: { ...live.answers, plannedStart: '2028-03-06' } };
    const [row] = readinessAdapter.compare(spring, live, '2027-06-01', { locale: 'en', strings: {} });
    const c = row!.c as import('@/models/scenarios').ReadinessComparison;
    expect([...c.flags.both, ...c.flags.onlyB]).toEqual(liveFlags);
    expect(c.verdict.b).toBe(m.result.$readinessResult.get()!.verdict);
    expect(c.score.b).toBe(m.result.$readinessResult.get()!.score);
    // Switched to, the scenario shows what its side of the comparison said.
    m.readiness.$readiness.set(spring);
    expect([...c.flags.both, ...c.flags.onlyA]).toEqual(codes());
    expect(c.score.a).toBe(m.result.$readinessResult.get()!.score);
  });

  it('judges a colleague’s version for their company, without the visitor’s estimator answers, as the preview does', async () => {
    const { readinessAdapter } = await import('@/stores/adapters/readiness');
    const shared = { ...m.readiness.$readiness.get(), company: { employees: null, companySize: null, currentTools: [] } };
    const [row] = readinessAdapter.compare(m.readiness.$readiness.get(), shared, '2027-06-01', { locale: 'en', strings: {} });
    const c = row!.c as import('@/models/scenarios').ReadinessComparison;
    expect(c.flags.onlyA).toContain('go-live-near-festival');
    m.readiness.$readiness.set(shared);
    expect([...c.flags.both, ...c.flags.onlyB]).toEqual(codes());
  });
});
