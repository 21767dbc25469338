// What the readiness self-assessment's hand-off carried into the estimator, in words. Said once, on
// arrival, so it names what came across even after the visitor changes an answer; loaded only then.
import type { DurationInput } from '@/models/duration/types';
import type { Text } from './text';

export function carriedFromReadiness(input: DurationInput, { t, date }: Text): string {
  return t('form.fromReadiness', {
    commitment: input.internalCommitment,
    maturity: input.digitalMaturity,
    integrations: input.integrations,
    expanding: t(input.expanding ? 'form.yes' : 'form.no'),
    turnover: t(input.keyStaffTurnover ? 'form.yes' : 'form.no'),
    start: input.startDate ? date(input.startDate) : t('form.fromReadiness.noStart'),
  });
}
