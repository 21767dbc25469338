// The five SMART letters of one KPI: a badge with a word and a symbol (colour is never the only cue)
// and the reason for each verdict in a sentence.
import type { KpiEvaluation, KpiInput } from '@/models/kpi';
import type { Text } from './text';

const LETTERS = ['specific', 'measurable', 'attainable', 'relevant', 'timeBound'] as const;

export function SmartBadges({ text, input, evaluation }: { text: Text; input: KpiInput; evaluation: KpiEvaluation }) {
  const a = evaluation.attainability;
  const months = (m: number | null) => (m === null ? '' : text.num(Math.max(m, 0.1), 1));
  const vars = {
    owner: input.owner ?? '',
    source: input.dataSource ?? '',
    goal: input.goal ?? '',
    months: months(evaluation.months),
    comfortable: months(a.monthsComfortable),
    stretch: months(a.monthsStretch),
    date: text.date(input.deadline),
    verdict: text.t(`attainable.${a.verdict}`),
  };
  return (
    <ul class="kpi-smart" aria-label={text.t('row.smartLabel')}>
      {LETTERS.map((letter) => {
        const value = evaluation.smart[letter];
        const level = value === true || value === 'yes' ? 'ok' : value === 'stretch' ? 'warn' : 'danger';
        const mark = level === 'ok' ? '✓' : level === 'warn' ? '~' : '✗';
        const word = typeof value === 'string' ? text.t(`badge.attainable.${value}`) : text.t(value ? 'smart.met' : 'smart.notMet');
        const reason = evaluation.reasons[letter];
        // With a zero baseline and no ceiling the rule cannot size the change: a sentence of its own.
        const key = reason === 'zero-baseline' && a.monthsComfortable === null ? 'reason.zero-baseline.unknown' : `reason.${reason}`;
        return (
          <li key={letter} data-letter={letter} data-level={level}>
            <span class={`badge ${level}`}>
              <span aria-hidden="true">{mark} </span>
              {text.t('smart.badge', { letter: text.t(`smart.${letter}`), word })}
            </span>{' '}
            <span class="kpi-reason">{text.dyn(key, reason, vars)}</span>
          </li>
        );
      })}
    </ul>
  );
}
