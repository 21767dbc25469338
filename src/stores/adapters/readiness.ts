import { $readiness, RESULT_STEP, SHARE_NAME, parseReadinessState, type ReadinessState } from '../readiness';
import { $profile } from '../profile';
import { $savedDurationInput, readinessResultFor } from '../readiness-result';
import { companyFactsOf, parseCompanyFacts } from '@/models/profile/company-facts';
import { isObj, own } from '@/lib/untrusted';
import { validateReadinessAnswers } from '@/models/readiness';
import { compareReadiness } from '@/models/scenarios/readiness';
import { readToolLink } from './link';
import type { ToolAdapter } from './types';

/**
 * Two states, each judged exactly as the readiness page judges its live answers (readinessResultFor:
 * the visitor's company and saved estimator answers, a link's own company without them), so a saved
 * scenario compared with the current answers names the same findings the result shows.
 */
export function compareReadinessStates(a: ReadinessState, b: ReadinessState, today: string) {
  const company = companyFactsOf($profile.get());
  const estimator = $savedDurationInput.get();
  return compareReadiness(readinessResultFor(a, today, company, estimator), readinessResultFor(b, today, company, estimator));
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
  compare: (a, b, today) => [{ tool: 'readiness', c: compareReadinessStates(a, b, today) }],
};
