import { $readiness, RESULT_STEP, SHARE_NAME, parseReadinessState, type ReadinessState } from '../readiness';
import { $profile } from '../profile';
import { companyContext } from '@/models/profile';
import { parseCompanyFacts } from '@/models/profile/company-facts';
import { isObj, own } from '@/lib/untrusted';
import { assessReadiness, validateReadinessAnswers } from '@/models/readiness';
import { compareReadiness } from '@/models/scenarios/readiness';
import { readToolLink } from './link';
import type { ToolAdapter } from './types';

function resultOf(state: ReadinessState, today: string) {
  const r = validateReadinessAnswers(state.answers);
  return r.ok ? assessReadiness(r.value, today, companyContext(state.company ?? $profile.get())) : null;
}

export const readinessAdapter: ToolAdapter<ReadinessState> = {
  tool: 'readiness',
  // A link carries a complete answer set and opens on the result.
  readLink: (hash) =>
    readToolLink(hash, SHARE_NAME, () => import('@/models/readiness/share-pack').then((m) => m.READINESS_LINK_SHARE), (raw) => {
      // Links made before they carried the company hold the answers alone.
      const withCompany = isObj(raw) && own(raw, 'answers') !== undefined;
      const r = validateReadinessAnswers(withCompany ? own(raw, 'answers') : raw);
      const company = withCompany ? parseCompanyFacts(own(raw, 'company')) : null;
      return r.ok ? { version: 1, answers: r.value, step: RESULT_STEP, ...(company ? { company } : {}) } : null;
    }),
  get: () => $readiness.get(),
  set: (state) => $readiness.set(state),
  parse: parseReadinessState,
  compare: (a, b, today) => [{ tool: 'readiness', c: compareReadiness(resultOf(a, today), resultOf(b, today)) }],
};
