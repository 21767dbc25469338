import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BEST_ANSWERS, DIMENSIONS, QUESTIONS, QUESTION_IDS, completeDimensions, openInDimension, unansweredQuestions } from '@/models/readiness';

describe('progress through the steps', () => {
  it('nothing answered: every step is open, with all its questions', () => {
    const open = unansweredQuestions({});
    expect(completeDimensions(open)).toEqual(DIMENSIONS.map(() => false));
    for (const d of DIMENSIONS) expect(openInDimension(d, open)).toEqual(QUESTIONS.filter((q) => q.dimension === d).map((q) => q.id));
  });

  it('everything answered: every step complete, nothing open', () => {
    const open = unansweredQuestions(BEST_ANSWERS);
    expect(open).toEqual([]);
    expect(completeDimensions(open)).toEqual(DIMENSIONS.map(() => true));
  });

  it('one question left open: only its step is incomplete, and it names that question', () => {
    const q = QUESTIONS[0]!;
    const open = [q.id];
    expect(completeDimensions(open)).toEqual(DIMENSIONS.map((d) => d !== q.dimension));
    expect(openInDimension(q.dimension, open)).toEqual([q.id]);
  });

  it('fast-check: the open questions of all steps are exactly the open ones, in the order asked', () => {
    fc.assert(
      fc.property(fc.subarray([...QUESTION_IDS]), (open) => {
        const perStep = DIMENSIONS.flatMap((d) => openInDimension(d, open));
        expect([...perStep].sort()).toEqual([...open].sort());
        completeDimensions(open).forEach((done, i) => expect(done).toBe(openInDimension(DIMENSIONS[i]!, open).length === 0));
      }),
    );
  });
});
