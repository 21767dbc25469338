import { chooseActions } from './actions';
import { findRedFlags } from './flags';
import { scoreAnswers } from './score';
import { checkStart, startIsFlagged } from './start-check';
import { decideVerdict } from './verdict';
import type { CompanyContext } from './handoff';
import type { DurationInput } from '@/models/duration/types';
import type { ReadinessAnswers, ReadinessResult } from './types';

/**
 * Scores an answer set (validate it first with `validateReadinessAnswers`). `today` (YYYY-MM-DD) is
 * the date to check when no start is planned: "is now the right time?" Without either date the
 * calendar rules are skipped, which keeps the function pure and its result reproducible. The company's
 * size and current tools (from the shared profile, when known) and the visitor's saved estimator
 * answers (`estimator`, when there are some) place training and go-live as the estimator would.
 */
export function assessReadiness(answers: ReadinessAnswers, today?: string, company?: CompanyContext, estimator?: DurationInput): ReadinessResult {
  const startCheck = checkStart(answers, today, company, estimator);
  const startPoints = startCheck ? (startIsFlagged(startCheck) ? 0 : 1) : null;
  const { score, dimensions } = scoreAnswers(answers, startPoints);
  const flags = findRedFlags(answers, startCheck);
  const { verdict, reasons } = decideVerdict(answers, score, flags);
  const result: ReadinessResult = {
    score,
    dimensions,
    verdict,
    redFlags: flags.map((code) => ({ code })),
    actions: chooseActions({ answers, flags, verdict }),
    verdictReasons: reasons,
  };
  if (startCheck) result.startCheck = startCheck;
  return result;
}
