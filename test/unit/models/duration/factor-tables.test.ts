// The "How this is calculated" tables: one per answer the estimate scales by, every value the form
// offers, the multipliers the model applies, and a label for each in both locales.
import { describe, expect, it } from 'vitest';
import { factorTables } from '@/models/duration/factor-tables';
import { assumptions as A, COMPANY_SIZES, DEPLOYMENTS, LEVELS, PLATFORMS, PHASE_IDS } from '@/models/duration';
import { strings } from '@/i18n/tools/duration';
import { LOCALES } from '@/i18n/locales';

const tables = factorTables();
const byField = Object.fromEntries(tables.map((t) => [t.field, t]));

describe('factor tables', () => {
  it('list every option the form offers, in its order', () => {
    expect(byField.companySize.rows.map((r) => r.option)).toEqual([...COMPANY_SIZES]);
    expect(byField.deployment.rows.map((r) => r.option)).toEqual([...DEPLOYMENTS]);
    expect(byField.platform.rows.map((r) => r.option)).toEqual([...PLATFORMS]);
    for (const f of ['complexity', 'digitalMaturity', 'vendorSupport', 'internalCommitment'] as const) {
      expect(byField[f].rows.map((r) => r.option)).toEqual(LEVELS.map(String));
    }
    expect(byField.agile.rows).toEqual([{ option: null, values: A.AGILE_FACTORS }]);
  });

  it('show the multipliers the estimate applies, phase by phase', () => {
    expect(byField.complexity.rows[2].values).toEqual(
      Object.fromEntries(PHASE_IDS.filter((id) => A.COMPLEXITY_FACTORS[id]).map((id) => [id, A.COMPLEXITY_FACTORS[id]![2]])),
    );
    expect(byField.companySize.rows.find((r) => r.option === 'large')?.values).toBe(A.SIZE_FACTORS.large);
    for (const t of tables) for (const r of t.rows) for (const v of Object.values(r.values)) expect(v).toBeGreaterThan(0);
  });

  it('have a title and a label for every row in both locales', () => {
    for (const locale of LOCALES) {
      const s = strings[locale] as Record<string, string>;
      for (const t of tables) {
        expect(s[`how.factor.${t.field}`], `${locale} how.factor.${t.field}`).toBeTruthy();
        for (const r of t.rows) {
          const key = r.option === null ? `field.${t.field}.label` : `option.${t.field}.${r.option}`;
          expect(s[key], `${locale} ${key}`).toBeTruthy();
        }
      }
    }
  });
});
