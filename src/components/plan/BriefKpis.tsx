// The brief's KPI table: short, mid and long term under their own headings, each KPI with its change,
// deadline and owner. The SMART check and data sources are in the KPI appendix.
import type { PlanReport } from '@/models/plan';
import type { Horizon, KpiUnit, RowResult } from '@/models/kpi';
import { TableWrap } from './TableWrap';
import { kpiName } from './names';
import type { Text } from './text';

const HORIZONS: readonly Horizon[] = ['short', 'mid', 'long'];

export function BriefKpis({ part, text }: { part: NonNullable<PlanReport['kpi']>; text: Text }) {
  const { t } = text;
  const bySheet = new Map(part.sheet.rows.map((r) => [r.uid, r]));
  const value = (unit: KpiUnit | undefined, n: number) => t(`k.value.${unit ?? 'count'}`, { value: text.num(n, 2) });
  const ok = part.rows.filter((r): r is Extract<RowResult, { ok: true }> => r.ok);
  const incomplete = part.rows.length - ok.length;
  const caption = t('brief.kpis.caption');
  return (
    <div class="plan-brief-block" data-testid="summary-kpis">
      <TableWrap label={caption}>
        <table class="plan-table plan-brief-kpis plan-stack">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpi.col.kpi')}</th>
              <th scope="col">{t('kpi.col.change')}</th>
              <th scope="col">{t('kpi.col.deadline')}</th>
              <th scope="col">{t('kpi.col.owner')}</th>
            </tr>
          </thead>
          {HORIZONS.map((h) => {
            const rows = ok.filter((r) => r.evaluation.horizon === h);
            if (rows.length === 0) return null;
            return (
              <tbody key={h} data-horizon={h}>
                <tr class="plan-group-row">
                  <th scope="colgroup" colSpan={4}>
                    {t(`brief.kpis.${h}`)}
                  </th>
                </tr>
                {rows.map((row) => {
                  const kpiId = bySheet.get(row.uid)?.kpiId ?? row.input.kpiId;
                  const unit = row.definition?.unit;
                  return (
                    <tr key={row.uid} data-kpi={kpiId}>
                      <th scope="row">{kpiName(text, part.sheet, kpiId)}</th>
                      <td data-label={t('kpi.col.change')}>
                        {value(unit, row.input.baseline)} → {value(unit, row.input.target)}
                      </td>
                      <td class="plan-nowrap" data-label={t('kpi.col.deadline')}>{text.shortDate(row.input.deadline)}</td>
                      <td data-label={t('kpi.col.owner')}>{row.input.owner?.trim() || t('kpi.notGiven')}</td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </TableWrap>
      {incomplete > 0 && <p class="plan-note">{text.tn('brief.kpis.incomplete', incomplete)}</p>}
    </div>
  );
}
