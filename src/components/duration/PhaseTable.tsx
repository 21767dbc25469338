// The phases as a table: the chart's text alternative and the printed report's core.
import type { DurationEstimate } from '@/models/duration';
import { workdaysLostTo, type HolidayInPeriod } from '@/models/calendar';
import type { Text } from './text';

export function PhaseTable({ estimate, text }: { estimate: DurationEstimate; text: Text }) {
  const { t, num } = text;
  const dated = estimate.goLiveDate !== undefined;
  const keep = (s: string) => s.replace(/ /g, '\u00a0'); // "13.7 wk" never splits from its unit
  const weeks = (n: number) => keep(t('table.weeks', { n: num(n) }));
  const range = (low: number, high: number) => keep(t('table.rangeWeeks', { low: num(low), high: num(high) }));
  // Each date stays on one line; the range may wrap between them on a narrow screen.
  const nb = (iso: string) => text.shortDate(iso).replace(/ /g, '\u00a0');
  const dates = (a?: string, b?: string) => (a && b ? t('table.dateRange', { start: nb(a), end: nb(b) }) : '');
  const moved = (holidays: HolidayInPeriod[]) => {
    const days = workdaysLostTo(holidays);
    return text.tn('holiday.moves', days, { days, list: text.holidayNames(holidays) });
  };
  const { total } = estimate;
  // With dates, the start week repeats what the dates say; narrow screens drop that column then.
  const startClass = dated ? 'num dur-col-start' : 'num';
  return (
    <div class="table-wrap">
      <table class="dur-table">
        <caption class="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.phase')}</th>
            <th scope="col" class={startClass}>{t('table.start')}</th>
            <th scope="col" class="num">{t('table.likely')}</th>
            <th scope="col" class="num">{t('table.range')}</th>
          </tr>
        </thead>
        <tbody>
          {estimate.phases.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {t(`phase.${p.id}`)}
                {dated && <span class="dur-dates">{dates(p.startDate, p.endDate)}</span>}
                {p.holidays && p.holidays.length > 0 && (
                  <span class="dur-moved">
                    {moved(p.holidays)}
                  </span>
                )}
              </th>
              <td class={startClass}>{t('table.week', { n: num(p.startWeek) })}</td>
              <td class="num">{weeks(p.likelyWeeks)}</td>
              <td class="num">{range(p.lowWeeks, p.highWeeks)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              {t('table.total')}
              {dated && <span class="dur-dates">{dates(estimate.phases[0]?.startDate, estimate.goLiveDate)}</span>}
            </th>
            <td class={startClass}>{t('table.week', { n: num(0) })}</td>
            <td class="num">{weeks(total.likelyWeeks)}</td>
            <td class="num">{range(total.lowWeeks, total.highWeeks)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
