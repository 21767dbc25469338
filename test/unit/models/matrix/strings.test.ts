// The selection tool's dictionary: both locales complete and consistent with the model.
import { citeParts } from '@/lib/sources';
import { describe, expect, it } from 'vitest';
import { strings } from '@/i18n/tools/selection';
import { CRITERIA, MATRIX_ERROR_CODES, PRESETS, STANDARD_OPTION_IDS, USERS_MAX } from '@/models/matrix';

const en = strings.en as Record<string, string>;
const zh = strings['zh-cn'] as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();


describe('selection strings', () => {
  it('both locales have exactly the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(zh)]) expect(v.trim(), k).not.toBe('');
  });

  it('placeholders match between the locales', () => {
    for (const k of Object.keys(en)) expect(placeholders(zh[k]!), k).toEqual(placeholders(en[k]!));
  });

  it('every criterion has a name, what a 1 and a 5 mean, and its basis, in both languages', () => {
    for (const c of CRITERIA) {
      for (const part of ['name', 'low', 'high', 'basis']) {
        expect(en[`criterion.${c.id}.${part}`], `${c.id}.${part}`).toBeTruthy();
        expect(zh[`criterion.${c.id}.${part}`], `${c.id}.${part}`).toBeTruthy();
      }
    }
  });

  it('every preset has a name and a one-sentence reason; the vendor one says it is a vendor’s', () => {
    for (const p of PRESETS) {
      expect(en[`preset.${p.id}.name`], p.id).toBeTruthy();
      expect(en[`preset.${p.id}.why`], p.id).toBeTruthy();
      expect(zh[`preset.${p.id}.why`], p.id).toBeTruthy();
    }
    expect(en['preset.vendor-002.why']).toMatch(/vendor/);
    expect(zh['preset.vendor-002.why']).toMatch(/厂商/);
    // It names the vendor's document by its code, shown to readers as the numbered reference [3].
    expect(citeParts(en['preset.vendor-002.why'])).toContainEqual({ ref: '002', n: 3 });
  });

  it('every validation code has a message in both languages', () => {
    for (const code of MATRIX_ERROR_CODES) {
      expect(en[`error.${code}`], code).toBeTruthy();
      expect(zh[`error.${code}`], code).toBeTruthy();
    }
  });

  it('the standard options have names', () => {
    for (const id of STANDARD_OPTION_IDS) expect(en[`option.${id}.label`] && zh[`option.${id}.label`]).toBeTruthy();
  });

  it('messages quote the same limits the model applies', () => {
    expect(en['error.out-of-range.users']).toContain(USERS_MAX.toLocaleString('en'));
    expect(zh['error.out-of-range.users']).toContain(USERS_MAX.toLocaleString('en'));
  });

  it('the Chinese strings are written in Chinese', () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const [k, v] of Object.entries(zh)) {
      if (k.startsWith('csv.') && /^\W*$/.test(v)) continue;
      expect(cjk.test(v), k).toBe(true);
    }
  });
});
