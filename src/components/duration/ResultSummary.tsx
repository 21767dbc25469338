// The headline: likely months with the range and the 80% figure, then weeks, go-live and MVP.
import type { DurationEstimate } from '@/models/duration';
import { officialScheduleThrough, workdaysLostTo } from '@/models/calendar';
import type { Text } from './text';

/** `startPassed`: the planned start when it has already passed (known once the page is live). */
export function ResultSummary({ estimate, startPassed = null, text }: { estimate: DurationEstimate; startPassed?: string | null; text: Text }) {
  const { t, num, months } = text;
  const { total } = estimate;
  return (
    <div class="dur-summary">
      <p class="dur-total" data-testid="duration-total">
        {t('result.total', {
          likely: months(total.likelyWeeks),
          low: months(total.lowWeeks),
          high: months(total.highWeeks),
          p80: months(total.p80Weeks),
        })}
      </p>
      <p class="muted">
        {t('result.weeks', {
          likely: num(total.likelyWeeks),
          low: num(total.lowWeeks),
          high: num(total.highWeeks),
          p50: num(total.p50Weeks),
          p80: num(total.p80Weeks),
        })}
      </p>
      {estimate.goLiveDate ? (
        <p class="dur-golive-text">
          <strong>{t('result.goLive', { date: text.date(estimate.goLiveDate) })}</strong>
        </p>
      ) : (
        <p class="muted">{t('result.goLiveHint')}</p>
      )}
      {startPassed && (
        <p class="notice warn" data-testid="duration-start-past">
          {t('result.startPast', { date: text.date(startPassed) })}
        </p>
      )}
      {estimate.calendar && <CalendarNote calendar={estimate.calendar} text={text} />}
      {estimate.firstReleaseWeeks !== undefined && <p>{t('result.firstRelease', { weeks: num(estimate.firstReleaseWeeks) })}</p>}
    </div>
  );
}

/** What the working calendar did to the dates: the holidays inside and whether they are projected. */
function CalendarNote({ calendar, text }: { calendar: NonNullable<DurationEstimate['calendar']>; text: Text }) {
  const { t } = text;
  const days = workdaysLostTo(calendar.holidays);
  return (
    <p class="muted dur-calendar-note" data-testid="duration-holidays">
      {days > 0 ? text.tn('result.holidays', days, { days, list: text.holidayList(calendar.holidays) }) : t('result.noHolidays')}
      {calendar.basis === 'projected' && <> {t('result.projected', { year: officialScheduleThrough() + 1 })}</>}
    </p>
  );
}
