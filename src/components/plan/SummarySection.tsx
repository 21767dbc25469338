// The board's first page: verdict, recommended platform, dates and KPI count in one block.
import type { PlanReport } from '@/models/plan';
import type { Profile } from '@/models/profile';
import { Section } from './Section';
import { optionNameById } from './names';
import { actionKeys, actionVars } from './action-text';
import type { Text } from './text';

interface Props {
  report: PlanReport;
  profile: Profile;
  text: Text;
}

export function SummarySection({ report, profile, text }: Props) {
  const { t } = text;
  const notUsed = <span class="muted">{t('summary.notUsed')}</span>;

  const r = report.readiness;
  const verdict = r?.result ? (
    <span class={`badge ${r.result.verdict === 'go' ? 'ok' : r.result.verdict === 'wait' ? 'danger' : 'warn'}`} data-testid="summary-verdict" data-verdict={r.result.verdict}>
      {t(`r.verdict.${r.result.verdict}.title`)}
    </span>
  ) : r ? (
    <span>{t('summary.verdict.inProgress', { answered: r.answered, total: r.total })}</span>
  ) : (
    notUsed
  );

  const s = report.selection;
  const options = s?.state.matrix.options ?? [];
  const platform = !s ? notUsed : s.recommended ? (
    <strong data-testid="summary-platform">{optionNameById(text, options, s.recommended)}</strong>
  ) : (
    <span data-testid="summary-platform">
      {t('summary.platform.tooClose', { a: optionNameById(text, options, s.matrix.ranking[0]!), b: optionNameById(text, options, s.matrix.ranking[1]!) })}
    </span>
  );

  const d = report.duration;
  const start = d?.input.startDate ?? profile.plannedStart;
  const p80Date = d?.p80Date ?? null;
  const goLive = !d ? notUsed : d.estimate.goLiveDate ? (
    <>
      <strong data-testid="summary-golive">{text.date(d.estimate.goLiveDate)}</strong>
      {p80Date && <span class="plan-sub">{t('summary.goLive.p80', { date: text.date(p80Date) })}</span>}
    </>
  ) : (
    <>
      <span data-testid="summary-golive">{t('summary.goLive.noDate', { months: text.months(d.estimate.total.likelyWeeks) })}</span>
      <span class="plan-sub">{t('summary.goLive.p80Months', { months: text.months(d.estimate.total.p80Weeks) })}</span>
    </>
  );

  const k = report.kpi;
  const kpis = !k || k.counts.total === 0 ? notUsed : (
    <>
      <strong data-testid="summary-kpis">{text.tn('summary.kpis.count', k.counts.total, { valid: k.counts.valid })}</strong>
      {k.counts.unlikely > 0 && <span class="plan-sub">{text.tn('summary.kpis.unlikely', k.counts.unlikely)}</span>}
    </>
  );

  const first = report.actions[0];

  return (
    <Section id="plan-summary" title={t('section.summary')} text={text}>
      <dl class="plan-summary">
        <div>
          <dt>{t('summary.verdict')}</dt>
          <dd>{verdict}</dd>
        </div>
        <div>
          <dt>{t('summary.platform')}</dt>
          <dd>{platform}</dd>
        </div>
        <div>
          <dt>{t('summary.start')}</dt>
          <dd>{start ? text.date(start) : <span class="muted">{t('summary.notGiven')}</span>}</dd>
        </div>
        <div>
          <dt>{t('summary.goLive')}</dt>
          <dd>{goLive}</dd>
        </div>
        <div>
          <dt>{t('summary.kpis')}</dt>
          <dd>{kpis}</dd>
        </div>
        <div>
          <dt>{t('summary.firstAction')}</dt>
          <dd>
            {first ? (
              <>
                <strong data-testid="summary-first-action">{t(actionKeys(first).title, actionVars(first, text))}</strong>
                <span class="plan-sub">{t(`actions.priority.${first.priority}`)}</span>
              </>
            ) : (
              <span class="muted">{t('actions.none')}</span>
            )}
          </dd>
        </div>
      </dl>
    </Section>
  );
}

