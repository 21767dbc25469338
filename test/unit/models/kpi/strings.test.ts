import { describe, expect, it } from 'vitest';
import { strings } from '@/i18n/tools/kpi';
import { KPI_CATEGORIES, KPI_UNITS, PAIN_DEPARTMENTS, REVIEW_CADENCES } from '@/models/kpi';

const zh = strings['zh-cn'] as Record<string, string>;
const en = strings.en as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('KPI builder strings', () => {
  it('have identical keys in both locales', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('are never empty and use the same placeholders in both locales', () => {
    for (const key of Object.keys(en)) {
      expect(en[key]!.trim(), key).not.toBe('');
      expect(zh[key]!.trim(), key).not.toBe('');
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('have a message for every validation code', () => {
    for (const code of ['missing', 'unknown-kpi', 'not-a-number', 'out-of-range', 'no-change', 'wrong-direction', 'deadline-past', 'not-a-date', 'not-text', 'too-long']) {
      expect(en[`error.${code}`], code).toBeTruthy();
      expect(zh[`error.${code}`], code).toBeTruthy();
    }
  });

  it('have a sentence for every SMART reason and every verdict', () => {
    for (const reason of ['defined-metric', 'custom-metric', 'no-owner', 'has-baseline-and-source', 'no-data-source', 'pace-ok', 'pace-stretch', 'pace-too-fast', 'zero-baseline', 'has-goal', 'no-goal', 'has-deadline', 'too-far']) {
      expect(en[`reason.${reason}`], reason).toBeTruthy();
    }
    for (const v of ['yes', 'stretch', 'unlikely']) expect(en[`attainable.${v}`]).toBeTruthy();
  });

  it('name every category, unit, department and cadence', () => {
    for (const c of KPI_CATEGORIES) expect(en[`category.${c}`], c).toBeTruthy();
    for (const u of KPI_UNITS) {
      expect(en[`unit.${u}`], u).toBeTruthy();
      expect(en[`value.${u}`], u).toContain('{value}');
    }
    for (const d of PAIN_DEPARTMENTS) expect(en[`pains.department.${d}`], d).toBeTruthy();
    for (const c of REVIEW_CADENCES) expect(en[`cadence.${c}`], c).toBeTruthy();
  });

  it('write the Chinese locale in Chinese', () => {
    const han = /[\u4e00-\u9fff]/;
    const exempt = new Set(['csv.kpi', 'csv.smart']);
    for (const [key, text] of Object.entries(zh)) {
      // Keys that are only placeholders and punctuation have nothing to translate.
      const words = text.replace(/\{\w+\}/g, '');
      if (exempt.has(key) || !/[A-Za-z\u4e00-\u9fff]/.test(words)) continue;
      expect(han.test(text), `${key}: ${text}`).toBe(true);
    }
  });
});

describe('Chinese typography', () => {
  it('uses full-width punctuation next to Chinese characters', () => {
    const ascii = /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/;
    for (const [key, text] of Object.entries(zh)) expect(ascii.test(text), `${key}: ${text}`).toBe(false);
  });
});
