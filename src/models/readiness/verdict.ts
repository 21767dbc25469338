import { MAX_MISSING_FOUNDATIONS, THRESHOLDS } from './defaults';
import { FOUNDATION_FLAGS } from './flags';
import type { ReadinessAnswers, RedFlag, Verdict, VerdictReason } from './types';

const RANK: Record<Verdict, number> = { wait: 0, 'go-with-care': 1, go: 2 };
const worse = (a: Verdict, b: Verdict): Verdict => (RANK[a] <= RANK[b] ? a : b);

/**
 * True for a company that is expanding fast or just founded and has not written its processes down:
 * 004 says to postpone until operations settle, because a CRM is built on standard processes and
 * everyone is out winning customers.
 */
export function isUnsettled(answers: ReadinessAnswers): boolean {
  return answers.companyStage !== 'stable' && answers.processesDefined !== 'documented';
}

/**
 * The verdict is the worst of: what the score says, "wait" for an unsettled company or for three
 * missing foundations, and "go with care" whenever any red flag is raised (no sponsor, goals, budget
 * or team: 002, 003; a timing flag: 004). Every rule only ever lowers the verdict, and a better answer
 * can only raise the score or remove a flag, so a better answer never worsens the verdict.
 */
export function decideVerdict(
  answers: ReadinessAnswers,
  score: number,
  flags: readonly RedFlag[],
): { verdict: Verdict; reasons: VerdictReason[] } {
  const reasons: VerdictReason[] = [];
  let verdict: Verdict = 'go';
  if (isUnsettled(answers)) {
    reasons.push('unsettled-company');
    verdict = 'wait';
  }
  if (flags.filter((f) => FOUNDATION_FLAGS.includes(f)).length > MAX_MISSING_FOUNDATIONS) {
    reasons.push('missing-foundations');
    verdict = 'wait';
  }
  if (score < THRESHOLDS.goWithCare) {
    reasons.push('low-score');
    verdict = 'wait';
  }
  if (flags.length > 0) {
    reasons.push('red-flags');
    verdict = worse(verdict, 'go-with-care');
  }
  if (score < THRESHOLDS.go && score >= THRESHOLDS.goWithCare) {
    reasons.push('middling-score');
    verdict = worse(verdict, 'go-with-care');
  }
  if (reasons.length === 0) reasons.push('all-clear');
  return { verdict, reasons };
}
