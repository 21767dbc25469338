// Timeline: the total in one sentence, the Gantt chart, the phase table and the risks by name (what
// to do about each is in the next actions).
import type { PlanReport } from '@/models/plan';
import { PlanGantt } from './PlanGantt';
import { Section } from './Section';
import { TableWrap } from './TableWrap';
import type { Text } from './text';

interface Props {
  report: PlanReport;
  text: Text;
  editable: boolean;
  onApplyStart?: (date: string) => void;
  appendix?: string;
}

export function TimelineSection({ report, text, editable, onApplyStart, appendix }: Props) {
  const { t } = text;
  const part = report.duration;
  return (
    <Section id="plan-timeline" title={t('section.timeline')} text={text} tool="duration" used={part !== null} editable={editable} appendix={appendix}>
      {part && <TimelineBody part={part} text={text} onApplyStart={onApplyStart} />}
    </Section>
  );
}

function TimelineBody({ part, text, onApplyStart }: { part: NonNullable<PlanReport['duration']>; text: Text; onApplyStart?: (date: string) => void }) {
  const { t } = text;
  const { estimate, input } = part;
  const total = estimate.total;
  const dateCol = input.startDate ? t('timeline.col.dates') : t('timeline.col.start');
  const weeks = (n: number) => t('timeline.weeks', { n: text.num(n) });
  return (
    <>
      <p class="plan-lead-line" data-testid="timeline-total">
        {t('timeline.total', { likely: text.months(total.likelyWeeks), low: text.months(total.lowWeeks), high: text.months(total.highWeeks), p80: text.months(total.p80Weeks) })}
      </p>
      <p>
        {estimate.goLiveDate && part.p80Date
          ? t('timeline.goLive', { date: text.date(estimate.goLiveDate), p80date: text.date(part.p80Date) })
          : t('timeline.noDate')}
        {estimate.firstReleaseWeeks !== undefined && <> {t('timeline.firstRelease', { weeks: text.num(estimate.firstReleaseWeeks, 0) })}</>}
      </p>
      <PlanGantt estimate={estimate} startDate={input.startDate} text={text} />
      <TableWrap label={t('timeline.table.caption')}>
        <table class="plan-table plan-stack">
          <caption class="visually-hidden">{t('timeline.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.col.phase')}</th>
              <th scope="col">{dateCol}</th>
              <th scope="col" class="num">{t('timeline.col.weeks')}</th>
              <th scope="col" class="num">{t('timeline.col.range')}</th>
            </tr>
          </thead>
          <tbody>
            {estimate.phases.map((p) => (
              <tr key={p.id} data-phase={p.id}>
                <th scope="row">{t(`d.phase.${p.id}`)}</th>
                <td data-label={dateCol}>
                  {p.startDate && p.endDate ? (
                    <>
                      <span class="plan-nowrap">{text.shortDate(p.startDate)}</span> – <span class="plan-nowrap">{text.shortDate(p.endDate)}</span>
                    </>
                  ) : (
                    t('timeline.week', { n: text.num(p.startWeek + 1, 0) })
                  )}
                </td>
                <td class="num plan-nowrap" data-label={t('timeline.col.weeks')}>{weeks(p.likelyWeeks)}</td>
                <td class="num plan-nowrap" data-label={t('timeline.col.range')}>{t('timeline.range', { low: text.num(p.lowWeeks), high: text.num(p.highWeeks) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h3 class="plan-screen-only">{t('timeline.warnings')}</h3>
      {estimate.warnings.length === 0 ? (
        <p class="plan-screen-only">{t('timeline.warnings.none')}</p>
      ) : (
        <ul class="plan-flags plan-screen-only" data-testid="timeline-warnings">
          {estimate.warnings.map((w) => {
            const key = `d.warning.${w.code}`;
            return (
              <li key={`${w.code}-${w.phase ?? ''}`} data-warning={w.code}>
                <strong>{t(`${key}.title`)}</strong>
              </li>
            );
          })}
        </ul>
      )}
      {estimate.timing?.suggestedStart && estimate.suggestedGoLiveDate && (
        <p class="plan-suggested-start" data-suggested-start={estimate.timing.suggestedStart}>
          {t('d.warning.suggestedStart', { date: text.date(estimate.timing.suggestedStart), goLive: text.date(estimate.suggestedGoLiveDate) })}{' '}
          {onApplyStart && (
            <button type="button" class="btn secondary no-print" onClick={() => onApplyStart(estimate.timing!.suggestedStart!)}>
              {t('d.warning.applyStart', { date: text.date(estimate.timing.suggestedStart) })}
            </button>
          )}
        </p>
      )}
    </>
  );
}
