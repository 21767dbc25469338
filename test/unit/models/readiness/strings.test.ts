import { describe, expect, it } from 'vitest';
import { strings } from '@/i18n/tools/readiness';
import { ACTION_RULES, DIMENSIONS, QUESTIONS, RED_FLAGS } from '@/models/readiness';

const zh = strings['zh-cn'] as Record<string, string>;
const en = strings.en as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('readiness strings', () => {
  it('have identical keys in both locales', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('are never empty and use the same placeholders in both locales', () => {
    for (const key of Object.keys(en)) {
      if (key === 'label.sentenceGap') continue; // a space in English, nothing in Chinese
      expect(en[key]!.trim(), key).not.toBe('');
      expect(zh[key]!.trim(), key).not.toBe('');
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('the Chinese strings are Chinese (no English sentence left untranslated)', () => {
    for (const key of Object.keys(zh)) {
      if (key.startsWith('how.source.') || key.startsWith('label.') || key === 'source.vendor') continue;
      expect(/[\u4e00-\u9fff]/.test(zh[key]!) || /^[\s\d{}\w.:-]+$/.test(zh[key]!), key).toBe(true);
    }
  });

  it('have a message for every validation code', () => {
    for (const code of ['missing', 'unknown-option', 'not-a-date']) {
      expect(en[`error.${code}`], code).toBeTruthy();
      expect(zh[`error.${code}`], code).toBeTruthy();
    }
  });

  it('label every question, its why and every option', () => {
    for (const q of QUESTIONS) {
      expect(en[`q.${q.id}.label`], q.id).toBeTruthy();
      expect(en[`q.${q.id}.why`], q.id).toBeTruthy();
      for (const o of q.options) expect(en[`q.${q.id}.option.${o.value}`], `${q.id}.${o.value}`).toBeTruthy();
    }
    expect(en['q.plannedStart.label']).toBeTruthy();
  });

  it('name every dimension and step, every flag, action, verdict and verdict reason', () => {
    for (const d of DIMENSIONS) {
      expect(en[`dimension.${d}`]).toBeTruthy();
      expect(en[`step.${d}.title`]).toBeTruthy();
    }
    for (const f of RED_FLAGS) {
      expect(en[`flag.${f}.title`], f).toBeTruthy();
      expect(en[`flag.${f}.reason`], f).toBeTruthy();
    }
    for (const a of ACTION_RULES) {
      expect(en[`action.${a.code}.title`], a.code).toBeTruthy();
      expect(en[`action.${a.code}.text`], a.code).toBeTruthy();
    }
    for (const v of ['go', 'go-with-care', 'wait']) expect(en[`verdict.${v}.sentence`]).toBeTruthy();
    for (const r of ['unsettled-company', 'missing-foundations', 'low-score', 'red-flags', 'middling-score', 'all-clear']) {
      expect(en[`verdictReason.${r}`], r).toBeTruthy();
    }
  });

  it('the turnover action says what 004 says: two key users per department, and HR', () => {
    expect(en['action.two-key-users-per-department.title']).toMatch(/two key users per department/i);
    expect(en['action.two-key-users-per-department.title']).toMatch(/HR/);
    expect(zh['action.two-key-users-per-department.title']).toMatch(/两名关键用户/);
  });
});
