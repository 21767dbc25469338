// The estimator's dictionary: same keys and placeholders in both locales, and a sentence for every
// code the model can produce.
import { describe, expect, it } from 'vitest';
import { islandStrings, strings } from '@/i18n/tools/duration';
import { PHASE_IDS } from '@/models/duration';
import { LOCALES } from '@/i18n/locales';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('duration strings', () => {
  it('both locales have exactly the same keys', () => {
    expect(Object.keys(strings['zh-cn']).sort()).toEqual(Object.keys(strings.en).sort());
  });

  it('every string is non-empty and uses the same placeholders in both locales', () => {
    for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
      expect(strings.en[key].trim(), key).not.toBe('');
      expect(strings['zh-cn'][key].trim(), key).not.toBe('');
      expect(placeholders(strings['zh-cn'][key]), key).toEqual(placeholders(strings.en[key]));
    }
  });

  it('the Chinese strings are in Chinese', () => {
    const chinese = /[\u4e00-\u9fff]/;
    // A one-day holiday is its name and its date, both filled in: nothing of the sentence is in words.
    const exempt = new Set(['chart.firstRelease', 'holiday.day']);
    for (const [key, value] of Object.entries(strings['zh-cn'])) {
      if (!exempt.has(key)) expect(chinese.test(value), key).toBe(true);
    }
  });

  it.each(LOCALES)('%s has a message for every validation code', (locale) => {
    for (const code of ['not-an-object', 'missing', 'unknown-option', 'not-a-number', 'not-a-whole-number', 'out-of-range', 'not-a-boolean', 'not-a-date']) {
      expect(strings[locale], code).toHaveProperty(`error.${code}`);
    }
  });

  it.each(LOCALES)('%s has a title and an action for every warning the model can raise', (locale) => {
    const keys = [
      'december-start', 'first-month-festival', 'training-before-festival', 'go-live-near-festival',
      'switching-vendor', 'expansion', 'key-staff', 'low-commitment', 'many-integrations',
    ];
    for (const k of keys) {
      expect(strings[locale]).toHaveProperty(`warning.${k}.title`);
      expect(strings[locale]).toHaveProperty(`warning.${k}.action`);
    }
  });

  it.each(LOCALES)('%s names every phase and every option', (locale) => {
    for (const id of PHASE_IDS) expect(strings[locale]).toHaveProperty(`phase.${id}`);
    for (const f of ['complexity', 'digitalMaturity', 'vendorSupport', 'internalCommitment']) {
      for (const level of [1, 2, 3, 4, 5]) expect(strings[locale]).toHaveProperty(`option.${f}.${level}`);
    }
  });

  it('the island gets its strings without the page-only ones', () => {
    const s = islandStrings('en');
    expect(s['result.total']).toBe(strings.en['result.total']);
    expect(Object.keys(s).some((k) => k.startsWith('how.') || k.startsWith('page.'))).toBe(false);
  });
});
