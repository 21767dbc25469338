// The readiness answers in a share link: one digit per question (its option's place, 1-based; 0 when
// not answered) and the planned start as a number.
import { isList, packDate, unpackDate } from '@/lib/pack';
import { QUESTIONS } from './questions';
import type { ReadinessAnswers } from './types';

export const READINESS_SHARE = {
  pack: (answers: Partial<ReadinessAnswers>): unknown[] => [
    QUESTIONS.map((q) => {
      const i = (q.options as readonly { value: unknown }[]).findIndex((o) => o.value === answers[q.id]);
      return String(i + 1);
    }).join(''),
    packDate(answers.plannedStart),
  ],
  unpack(p: unknown): Record<string, unknown> | null {
    if (!isList(p, 2)) return null;
    const digits = p[0];
    if (typeof digits !== 'string' || digits.length !== QUESTIONS.length || !/^\d+$/.test(digits)) return null;
    const out: Record<string, unknown> = {};
    QUESTIONS.forEach((q, i) => {
      const n = Number(digits[i]);
      if (n === 0) return;
      const option = (q.options as readonly { value: unknown }[])[n - 1];
      // An option that does not exist is kept as a wrong value, so the validator refuses the link.
      out[q.id] = option ? option.value : `#${n}`;
    });
    const start = unpackDate(p[1]);
    if (start !== undefined) out.plannedStart = start;
    return out;
  },
};
