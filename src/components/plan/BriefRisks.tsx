// The brief's three most important risks, each with the action that answers it and a blank line for
// the person who will own it (written in by hand on paper, or in the meeting).
import type { PlanReport } from '@/models/plan';
import { TableWrap } from './TableWrap';
import { riskRow } from './action-text';
import type { Text } from './text';

export function BriefRisks({ report, text }: { report: PlanReport; text: Text }) {
  const { t } = text;
  if (report.risks.length === 0) return null;
  const caption = t('brief.risks.caption', { n: report.risks.length });
  return (
    <div class="plan-brief-block" data-testid="summary-risks">
      <TableWrap label={caption}>
        <table class="plan-table plan-brief-risks plan-stack">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('brief.risks.risk')}</th>
              <th scope="col">{t('brief.risks.action')}</th>
              <th scope="col" class="plan-owner-col">{t('brief.risks.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {report.risks.map((a) => {
              const row = riskRow(a, text);
              return (
                <tr key={a.key} data-risk={a.key}>
                  <th scope="row">{row.risk}</th>
                  <td data-label={t('brief.risks.action')}>{row.action}</td>
                  <td class="plan-owner-col" data-label={t('brief.risks.owner')}>
                    <span class="plan-owner-line" aria-label={t('brief.risks.ownerBlank')} role="img" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
