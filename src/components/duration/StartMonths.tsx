// The next twelve months to start in, each with its likely go-live and whether the shared timing
// assessment has a finding for it: a table, so it reads the same to everyone and prints as it is.
import { startMonths } from '@/models/timing';
import type { DurationEstimate } from '@/models/duration';
import type { Text } from './text';
import { useAfterPaint } from '../shared/use-after-paint';

export function StartMonths({ estimate, today, startDate, text, onPick }: {
  estimate: DurationEstimate;
  today: string;
  startDate: string | undefined;
  text: Text;
  onPick: (date: string) => void;
}) {
  const { t } = text;
  // Twelve calendar assessments: kept off the path from a changed answer to the next paint.
  const months = useAfterPaint(() => startMonths(today, estimate.points), [today, estimate.points]);
  return (
    <section class="dur-months" aria-labelledby="dur-months-title">
      <h3 id="dur-months-title">{t('months.heading')}</h3>
      <p class="muted">{t('months.intro')}</p>
      <div class="table-wrap">
        <table class="dur-table dur-months-table">
          <caption class="visually-hidden">{t('months.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('months.start')}</th>
              <th scope="col">{t('months.goLive')}</th>
              <th scope="col">{t('months.check')}</th>
              <th scope="col" class="no-print"><span class="visually-hidden">{t('months.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => {
              const current = startDate?.slice(0, 7) === m.start.slice(0, 7);
              return (
                <tr key={m.start} data-month={m.start} data-clear={m.findings.length === 0 ? 'true' : 'false'} class={current ? 'dur-month-current' : undefined}>
                  <th scope="row">{text.monthYear(m.start)}</th>
                  <td>{text.shortDate(m.goLive)}</td>
                  <td>
                    {m.findings.length === 0 ? (
                      t('months.clear')
                    ) : (
                      <ul class="dur-month-findings">{m.findings.map((code) => <li key={code}>{t(`warning.${code}.title`)}</li>)}</ul>
                    )}
                  </td>
                  <td class="no-print">
                    {current ? (
                      <span class="muted">{t('months.current')}</span>
                    ) : (
                      <button type="button" class="btn secondary dur-month-pick" onClick={() => onPick(m.start)}>
                        {t('months.pick')}
                        <span class="visually-hidden">{t('months.pickLabel', { date: text.date(m.start) })}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
