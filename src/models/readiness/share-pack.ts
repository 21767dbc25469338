// The readiness answers in a share link: one digit per question (its option's place, 1-based; 0 when
// not answered) and the planned start as a number.
import { at, indexIn, isList, packDate, unpackDate } from '@/lib/pack';
import { COMPANY_SIZES, CURRENT_TOOLS } from '@/models/profile';
import { parseCompanyFacts, type CompanyFacts } from '@/models/profile/company-facts';
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

/**
 * The readiness tool's own link: the answers as above and, third, the company facts the result was
 * worked out for (employees, size band, current tools as bits), so the reader sees the sender's
 * result, not one worked out for the reader's own company. Links made before it have two parts.
 */
export const READINESS_LINK_SHARE = {
  pack: ({ answers, company }: { answers: Partial<ReadinessAnswers>; company: CompanyFacts }): unknown[] => [
    ...READINESS_SHARE.pack(answers),
    [
      company.employees ?? 0,
      company.companySize ? indexIn(COMPANY_SIZES, company.companySize) + 1 : 0,
      CURRENT_TOOLS.reduce((bits, tool, i) => bits | (company.currentTools.includes(tool) ? 1 << i : 0), 0),
    ],
  ],
  unpack(p: unknown): Record<string, unknown> | null {
    if (isList(p, 2)) return READINESS_SHARE.unpack(p);
    if (!isList(p, 3) || !isList(p[2], 3)) return null;
    const answers = READINESS_SHARE.unpack(p.slice(0, 2));
    const [employees, size, bits] = p[2];
    const company = parseCompanyFacts({
      employees,
      companySize: at(COMPANY_SIZES, typeof size === 'number' ? size - 1 : -1) ?? null,
      currentTools: typeof bits === 'number' ? CURRENT_TOOLS.filter((_, i) => bits & (1 << i)) : [],
    });
    return answers && { answers, company };
  },
};
