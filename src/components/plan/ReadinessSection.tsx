// Readiness: verdict and score, the six dimensions as a table with bars (the table is the chart, so
// it needs no separate text alternative), the reasons for the verdict and the red flags.
import { DIMENSIONS, THRESHOLDS } from '@/models/readiness';
import type { PlanReport } from '@/models/plan';
import { Section } from './Section';
import { TableWrap } from './TableWrap';
import type { Text } from './text';
import { Cited } from '../shared/Cited';

interface Props {
  report: PlanReport;
  text: Text;
  editable: boolean;
  appendix?: string;
}

export function ReadinessSection({ report, text, editable, appendix }: Props) {
  const { t } = text;
  const part = report.readiness;
  const result = part?.result;
  return (
    <Section id="plan-readiness" title={t('section.readiness')} text={text} tool="readiness" used={part !== null} editable={editable} appendix={appendix}>
      {part && !result && (
        <div class="notice">
          <p>{t('readiness.inProgress', { answered: part.answered, total: part.total })}</p>
          <p>
            <a href={text.href({ kind: 'tool', tool: 'readiness' })}>{t('readiness.continue')}</a>
          </p>
        </div>
      )}
      {result && (
        <>
          <p class="plan-lead-line">
            <span class={`badge ${result.verdict === 'go' ? 'ok' : result.verdict === 'wait' ? 'danger' : 'warn'}`} data-verdict={result.verdict}>
              {t('readiness.verdict', { verdict: t(`r.verdict.${result.verdict}.title`) })}
            </span>{' '}
            <strong>{t('readiness.score', { score: text.num(result.score, 0) })}</strong>
          </p>
          <p>{t(`r.verdict.${result.verdict}.sentence`)}</p>
          <div class="plan-two-col">
            <TableWrap label={t('readiness.dimensions.caption')}>
              <table class="plan-table plan-bars">
                <caption>{t('readiness.dimensions.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('readiness.col.dimension')}</th>
                    <th scope="col" class="num">
                      {t('readiness.col.score')}
                    </th>
                    <th scope="col" aria-hidden="true" class="plan-bar-col" />
                  </tr>
                </thead>
                <tbody>
                  {DIMENSIONS.map((d) => (
                    <tr key={d}>
                      <th scope="row">{t(`r.dimension.${d}`)}</th>
                      <td class="num">{text.num(result.dimensions[d], 0)}</td>
                      <td class="plan-bar-col" aria-hidden="true">
                        <span class="plan-bar" style={`width:${Math.max(0, Math.min(100, result.dimensions[d]))}%`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <div>
              <h3>{t('readiness.reasons')}</h3>
              <ul class="plan-compact-list">
                {result.verdictReasons.map((r) => (
                  <li key={r}><Cited text={t(`r.verdictReason.${r}`, { go: THRESHOLDS.go, care: THRESHOLDS.goWithCare })} locale={text.locale} /></li>
                ))}
              </ul>
            </div>
          </div>
          <h3>{t('readiness.flags')}</h3>
          {result.redFlags.length === 0 ? (
            <p>{t('readiness.flags.none')}</p>
          ) : (
            <ul class="plan-flags plan-flags-cols">
              {result.redFlags.map(({ code }) => (
                <li key={code} data-flag={code}>
                  <strong>{t(`r.flag.${code}.title`)}</strong> <span class="plan-flag-reason"><Cited text={t(`r.flag.${code}.reason`)} locale={text.locale} /></span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}
