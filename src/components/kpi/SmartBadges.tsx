// The five SMART letters of one KPI: a badge with a word and a symbol (colour is never the only cue)
// and the reason for each verdict in a sentence.
import type { KpiEvaluation, KpiInput } from '@/models/kpi';
import { dateText, num, tr, trDyn, type Ctx } from './text';

const LETTERS = ['specific', 'measurable', 'attainable', 'relevant', 'timeBound'] as const;

export function SmartBadges({ ctx, input, evaluation }: { ctx: Ctx; input: KpiInput; evaluation: KpiEvaluation }) {
  const a = evaluation.attainability;
  const months = (m: number | null) => (m === null ? '' : num(ctx, Math.max(m, 0.1), 1));
  const vars = {
    owner: input.owner ?? '',
    source: input.dataSource ?? '',
    goal: input.goal ?? '',
    months: months(evaluation.months),
    comfortable: months(a.monthsComfortable),
    stretch: months(a.monthsStretch),
    date: dateText(ctx, input.deadline),
    verdict: tr(ctx, `attainable.${a.verdict}`),
  };
  return (
    <ul class="kpi-smart" aria-label={tr(ctx, 'row.smartLabel')}>
      {LETTERS.map((letter) => {
        const value = evaluation.smart[letter];
        const level = value === true || value === 'yes' ? 'ok' : value === 'stretch' ? 'warn' : 'danger';
        const mark = level === 'ok' ? '✓' : level === 'warn' ? '~' : '✗';
        const word = typeof value === 'string' ? tr(ctx, `badge.attainable.${value}`) : tr(ctx, value ? 'smart.met' : 'smart.notMet');
        const reason = evaluation.reasons[letter];
        // With a zero baseline and no ceiling the rule cannot size the change: a sentence of its own.
        const key = reason === 'zero-baseline' && a.monthsComfortable === null ? 'reason.zero-baseline.unknown' : `reason.${reason}`;
        return (
          <li key={letter} data-letter={letter} data-level={level}>
            <span class={`badge ${level}`}>
              <span aria-hidden="true">{mark} </span>
              {tr(ctx, 'smart.badge', { letter: tr(ctx, `smart.${letter}`), word })}
            </span>{' '}
            <span class="kpi-reason">{trDyn(ctx, key, reason, vars)}</span>
          </li>
        );
      })}
    </ul>
  );
}
