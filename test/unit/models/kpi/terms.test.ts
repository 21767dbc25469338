import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countAttainability, evaluateSheet, exampleSheet, newRow, rowTerm, type KpiSheet, type RowResult } from '@/models/kpi';

const TODAY = '2026-02-01';

describe('rowTerm', () => {
  it('takes the term from the evaluation when the row is complete', () => {
    const sheet: KpiSheet = { pains: [], customKpis: [], rows: [{ ...newRow('r1', 'win-rate', TODAY), baseline: '20', target: '25', deadline: '2026-04-01' }] };
    const [result] = evaluateSheet(sheet, TODAY);
    expect(result!.ok).toBe(true);
    expect(rowTerm(sheet.rows[0]!, result, TODAY)).toBe('short');
  });

  // Half filled in: no values yet, so the deadline alone says the term (003's split: 3 and 12 months).
  it('falls back on the deadline while values are missing', () => {
    const row = newRow('r1', 'win-rate', TODAY);
    const incomplete: RowResult = evaluateSheet({ pains: [], customKpis: [], rows: [row] }, TODAY)[0]!;
    expect(incomplete.ok).toBe(false);
    expect(rowTerm({ ...row, deadline: '2026-05-01' }, incomplete, TODAY)).toBe('short');
    expect(rowTerm({ ...row, deadline: '2026-12-01' }, incomplete, TODAY)).toBe('mid');
    expect(rowTerm({ ...row, deadline: '2028-01-01' }, incomplete, TODAY)).toBe('long');
  });

  it('has no term for a deadline that is missing, malformed or not in the future', () => {
    const row = newRow('r1', 'win-rate', TODAY);
    for (const deadline of ['', '2026-13-01', 'soon', TODAY, '2025-06-01']) expect(rowTerm({ ...row, deadline }, undefined, TODAY)).toBeNull();
  });
});

describe('countAttainability', () => {
  it('counts the example sheet by verdict, every row once', () => {
    const sheet = exampleSheet(TODAY, (k) => k);
    const results = evaluateSheet(sheet, TODAY);
    const counts = countAttainability(results);
    expect(counts.yes + counts.stretch + counts.unlikely + counts.incomplete).toBe(results.length);
    expect(countAttainability([])).toEqual({ yes: 0, stretch: 0, unlikely: 0, incomplete: 0 });
  });

  it('fast-check: the counts add up to the rows, incomplete rows counted as such', () => {
    const result = fc.oneof(
      fc.constantFrom('yes', 'stretch', 'unlikely').map((a) => ({ ok: true, uid: 'x', evaluation: { smart: { attainable: a } } }) as unknown as RowResult),
      fc.constant({ ok: false, uid: 'x', errors: [] } as unknown as RowResult),
    );
    fc.assert(
      fc.property(fc.array(result, { maxLength: 30 }), (results) => {
        const c = countAttainability(results);
        expect(c.yes + c.stretch + c.unlikely + c.incomplete).toBe(results.length);
        expect(c.incomplete).toBe(results.filter((r) => !r.ok).length);
      }),
    );
  });
});
