import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '@/models/calendar';
import {
  DIMENSIONS,
  QUESTIONS,
  assessReadiness,
  commitmentLevel,
  optionValues,
  sanitizePartialAnswers,
  validateReadinessAnswers,
  type QuestionId,
  type ReadinessAnswers,
  type Verdict,
} from '@/models/readiness';

const RANK: Record<Verdict, number> = { wait: 0, 'go-with-care': 1, go: 2 };

const answerArb = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q.id, fc.constantFrom(...optionValues(q.id as QuestionId))])) as {
    [K in QuestionId]: fc.Arbitrary<ReadinessAnswers[K]>;
  },
);
const dateArb = fc.option(fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2020-01-01', n)), { nil: undefined });
const withDate = fc.tuple(answerArb, dateArb, dateArb).map(([a, plannedStart, today]) => ({
  answers: (plannedStart ? { ...a, plannedStart } : { ...a }) as ReadinessAnswers,
  today,
}));

describe('properties of assessReadiness over every valid answer set', () => {
  it('valid answer sets validate to themselves', () => {
    fc.assert(fc.property(withDate, ({ answers }) => {
      const r = validateReadinessAnswers(answers);
      return r.ok && JSON.stringify(r.value) === JSON.stringify(answers);
    }));
  });

  it('the score and every dimension are whole numbers within 0-100', () => {
    fc.assert(fc.property(withDate, ({ answers, today }) => {
      const r = assessReadiness(answers, today);
      const values = [r.score, ...DIMENSIONS.map((d) => r.dimensions[d])];
      return values.every((v) => Number.isInteger(v) && v >= 0 && v <= 100);
    }), { numRuns: 500 });
  });

  // Compared without a date: the timing findings move with the schedule (a more committed team
  // finishes sooner, which can bring go-live next to the festival), so they are not a verdict on an answer.
  it('improving any single answer never lowers the score or worsens the verdict', () => {
    const arb = fc.tuple(answerArb, fc.constantFrom(...QUESTIONS.map((q) => q.id as QuestionId)), fc.nat(), fc.nat());
    fc.assert(fc.property(arb, ([answers, id, i, j]) => {
      const today = undefined;
      const options = optionValues(id);
      const [better, worse] = [Math.min(i, j) % options.length, Math.max(i, j) % options.length].sort((x, y) => x - y);
      // Options are listed best first: index `better` is at least as good as index `worse`.
      const good = assessReadiness({ ...answers, [id]: options[better!] } as ReadinessAnswers, today);
      const bad = assessReadiness({ ...answers, [id]: options[worse!] } as ReadinessAnswers, today);
      expect(good.score).toBeGreaterThanOrEqual(bad.score);
      expect(RANK[good.verdict]).toBeGreaterThanOrEqual(RANK[bad.verdict]);
      expect(good.redFlags.length).toBeLessThanOrEqual(bad.redFlags.length);
    }), { numRuns: 1000 });
  });

  it('"go" never comes with a red flag, and the verdict agrees with the thresholds', () => {
    fc.assert(fc.property(withDate, ({ answers, today }) => {
      const r = assessReadiness(answers, today);
      if (r.verdict === 'go') expect(r.redFlags).toEqual([]);
      if (r.score < 50) expect(r.verdict).toBe('wait');
      if (r.score < 75) expect(r.verdict).not.toBe('go');
    }), { numRuns: 500 });
  });

  it('actions are unique, each with a guide, and never empty', () => {
    fc.assert(fc.property(withDate, ({ answers, today }) => {
      const r = assessReadiness(answers, today);
      const codes = r.actions.map((a) => a.code);
      return r.actions.length > 0 && new Set(codes).size === codes.length && r.actions.every((a) => !!a.guide);
    }));
  });

  it('a suggested start always falls after the date checked and clears every finding', () => {
    fc.assert(fc.property(withDate, ({ answers, today }) => {
      const s = assessReadiness(answers, today).startCheck;
      if (!s?.suggestedStart) return !s || s.findings.length === 0;
      const again = assessReadiness({ ...answers, plannedStart: s.suggestedStart }, today).startCheck;
      return s.suggestedStart > s.start && again!.findings.length === 0;
    }), { numRuns: 300 });
  });

  it('the commitment level is a whole number 1-5', () => {
    fc.assert(fc.property(answerArb, (a) => [1, 2, 3, 4, 5].includes(commitmentLevel(a))));
  });
});

describe('hostile input never throws', () => {
  it('validate and sanitize accept anything', () => {
    fc.assert(fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
      validateReadinessAnswers(input);
      sanitizePartialAnswers(input);
    }));
  });

  it('random strings as answers are rejected as unknown options', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const valid = optionValues('budget') as readonly string[];
      fc.pre(!valid.includes(text) && text.trim() !== '');
      const r = validateReadinessAnswers({ budget: text });
      return !r.ok && r.errors.some((e) => e.field === 'budget' && e.code === 'unknown-option');
    }));
  });
});
