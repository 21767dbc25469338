// Random valid inputs for the property tests: any non-empty subset of criteria, weights on any scale
// with at least one above zero, 2-6 options with unique ids and scores anywhere in 1..5.
import fc from 'fast-check';
import { CRITERIA, type MatrixInput, type TcoInput } from '@/models/matrix';

const ids = CRITERIA.map((c) => c.id);

export const weightScale = fc.constantFrom(1, 10, 100, 0.01);

export const matrixInput: fc.Arbitrary<MatrixInput> = fc
  .record({
    criteria: fc.subarray(ids, { minLength: 1 }),
    optionCount: fc.integer({ min: 2, max: 6 }),
    scale: weightScale,
  })
  .chain(({ criteria, optionCount, scale }) =>
    fc.record({
      weights: fc
        .tuple(...criteria.map(() => fc.integer({ min: 0, max: 20 })))
        .map((ws) => (ws.every((w) => w === 0) ? ws.map((w, i) => (i === 0 ? 1 : w)) : ws))
        .map((ws) => Object.fromEntries(criteria.map((c, i) => [c, ws[i]! * scale]))),
      options: fc.tuple(
        ...Array.from({ length: optionCount }, (_, i) =>
          fc.record({
            id: fc.constant(`opt-${i}`),
            scores: fc
              .tuple(...criteria.map(() => fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true }))))
              .map((ss) => Object.fromEntries(criteria.map((c, j) => [c, ss[j]!]))),
          }),
        ),
      ),
    }),
  )
  .map(({ weights, options }) => ({ weights, options: [...options] }));

export const tcoInput: fc.Arbitrary<TcoInput> = fc.record({
  users: fc.integer({ min: 1, max: 100_000 }),
  years: fc.integer({ min: 1, max: 5 }),
  options: fc
    .array(
      fc.record({
        licensePerUserPerMonth: fc.integer({ min: 0, max: 2_000 }),
        implementation: fc.integer({ min: 0, max: 5_000_000 }),
        annualMaintenance: fc.integer({ min: 0, max: 1_000_000 }),
        trainingPerUser: fc.integer({ min: 0, max: 5_000 }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((os) => os.map((o, i) => ({ id: `opt-${i}`, ...o }))),
});
