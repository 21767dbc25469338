// The brief's three most important risks, each with the action that answers it and a blank line for
// the person who will own it (written in by hand on paper, or in the meeting).
import type { NextAction, PlanReport } from '@/models/plan';
import { TableWrap } from './TableWrap';
import { actionKeys, actionVars } from './action-text';
import type { Text } from './text';

/** What could go wrong, in the tool's own words where it has them (the estimator's warnings). */
function riskText(a: NextAction, text: Text): string {
  if (a.source === 'duration' && text.has(`d.warning.${a.code}.title`)) return text.t(`d.warning.${a.code}.title`, actionVars(a, text));
  return text.tn(`risk.${a.code}`, typeof a.vars?.n === 'number' ? a.vars.n : 0, actionVars(a, text));
}

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
            {report.risks.map((a) => (
              <tr key={a.key} data-risk={a.key}>
                <th scope="row">{riskText(a, text)}</th>
                <td data-label={t('brief.risks.action')}>{t(actionKeys(a).title, actionVars(a, text))}</td>
                <td class="plan-owner-col" data-label={t('brief.risks.owner')}>
                  <span class="plan-owner-line" aria-label={t('brief.risks.ownerBlank')} role="img" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
