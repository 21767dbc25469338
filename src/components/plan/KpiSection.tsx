// The KPI appendix: one row per KPI, short-term first, with its data source and the SMART check in
// words (never by colour alone). Change, deadline and owner are on the brief's first page.
import { smartCheck, type PlanReport, type SmartLetter } from '@/models/plan';
import type { KpiEvaluation, RowResult } from '@/models/kpi';
import { Section } from './Section';
import { TableWrap } from './TableWrap';
import { kpiName } from './names';
import type { Text } from './text';

interface Props {
  report: PlanReport;
  text: Text;
  editable: boolean;
  appendix?: string;
}

const HORIZON_ORDER = { short: 0, mid: 1, long: 2 } as const;
/** Above this many rows the printed sheet uses a smaller type so that it stays on one page. */
const DENSE_ROWS = 24;

export function KpiSection({ report, text, editable, appendix }: Props) {
  const { t } = text;
  const part = report.kpi;
  return (
    <Section id="plan-kpi" title={t('section.kpi')} text={text} tool="kpi" used={part !== null && part.counts.total > 0} editable={editable} appendix={appendix}>
      {part && part.counts.total > 0 && <KpiTable part={part} text={text} />}
    </Section>
  );
}

function order(row: RowResult): number {
  return row.ok ? HORIZON_ORDER[row.evaluation.horizon] : 3;
}

/** The SMART check in words, grouped as the KPI builder's badges are: a stretch is not "met". */
function smartWords(text: Text, smart: KpiEvaluation['smart']): string {
  const { t } = text;
  const { met, stretch, notMet } = smartCheck(smart);
  const letters = (list: SmartLetter[]) => text.list(list.map((l) => t(`k.smart.${l}`)));
  if (stretch.length === 0) return notMet.length === 0 ? t('kpi.smartAll') : t('kpi.smartMissing', { letters: letters(notMet) });
  if (notMet.length === 0) return t('kpi.smartStretch', { met: met.length, letters: letters(stretch) });
  return t('kpi.smartStretchMissing', { letters: letters(notMet), stretch: letters(stretch) });
}

function KpiTable({ part, text }: { part: NonNullable<PlanReport['kpi']>; text: Text }) {
  const { t } = text;
  const rows = part.rows.map((row, i) => ({ row, i })).sort((a, b) => order(a.row) - order(b.row) || a.i - b.i);
  const bySheet = new Map(part.sheet.rows.map((r) => [r.uid, r]));
  const c = part.counts;
  return (
    <>
      <p class="plan-lead-line">{text.tn('kpi.summary', c.total, { valid: c.valid, total: c.total, yes: c.yes, stretch: c.stretch, unlikely: c.unlikely })}</p>
      <TableWrap label={t('kpi.caption')}>
        <table class={`plan-table plan-kpi-table${rows.length > DENSE_ROWS ? ' plan-dense' : ''}`}>
          <caption>{t('kpi.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpi.col.kpi')}</th>
              <th scope="col">{t('kpi.col.source')}</th>
              <th scope="col">{t('kpi.col.smart')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row }) => {
              const sheetRow = bySheet.get(row.uid);
              const name = kpiName(text, part.sheet, sheetRow?.kpiId ?? '');
              if (!row.ok) {
                return (
                  <tr key={row.uid} data-kpi={sheetRow?.kpiId} data-status="incomplete">
                    <th scope="row">{name}</th>
                    <td colSpan={2}>
                      <span class="badge warn">{t('kpi.incomplete')}</span>
                    </td>
                  </tr>
                );
              }
              const { input, evaluation } = row;
              const attain = evaluation.smart.attainable;
              return (
                <tr key={row.uid} data-kpi={input.kpiId} data-status="ok">
                  <th scope="row">
                    {name}
                    <span class="plan-sub">{t(`k.horizon.${evaluation.horizon}`)}</span>
                  </th>
                  <td>{input.dataSource?.trim() || t('kpi.notGiven')}</td>
                  <td>
                    <span class={`badge ${attain === 'yes' ? 'ok' : attain === 'stretch' ? 'warn' : 'danger'}`}>{t(`k.attainable.${attain}`)}</span>
                    <span class="plan-sub">{smartWords(text, evaluation.smart)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
