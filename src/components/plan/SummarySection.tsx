// Page one of the brief, complete on its own: the decision asked for, any answers the tools disagree on,
// the platform ahead and how firm that lead is, the cost of each option over the years chosen in the
// selection tool (the appendix's period, so the two never differ), the go-live dates, the readiness
// verdict, the three most important risks with an owner line each, the KPIs by horizon and a sign-off
// box. A tool the visitor has not used leaves its line out (the report lists those tools once, below).
import { workdaysLostTo } from '@/models/calendar';
import type { PlanReport } from '@/models/plan';
import type { Profile } from '@/models/profile';
import { PLAUSIBLE_SHARE_SHIFT, pricesArePlaceholders } from '@/models/matrix';
import { Section } from './Section';
import { TableWrap } from './TableWrap';
import { optionNameById } from './names';
import { BriefKpis } from './BriefKpis';
import { BriefRisks } from './BriefRisks';
import { BriefConflicts } from './BriefConflicts';
import { reportConflicts } from '@/models/plan/conflicts';
import type { Text } from './text';

interface Props {
  report: PlanReport;
  profile: Profile;
  text: Text;
}

function verdictClass(v: string): string {
  return v === 'go' ? 'ok' : v === 'wait' ? 'danger' : 'warn';
}

function Decision({ report, profile, text }: Props) {
  const { t } = text;
  const start = report.duration?.input.startDate ?? profile.plannedStart;
  const parts: string[] = [];
  if (report.readiness?.result?.verdict === 'wait') parts.push(t('brief.decision.wait'));
  parts.push(start ? t('brief.decision.start', { date: text.date(start) }) : t('brief.decision.startOpen'));
  const s = report.selection;
  if (s && s.state.matrix.options.length > 1) {
    const names = s.matrix.ranking.slice(0, 2).map((id) => optionNameById(text, s.state.matrix.options, id));
    parts.push(t('brief.decision.platform', { options: text.list(names) }));
    parts.push(text.tn('brief.decision.budget', s.state.tco.years, { years: s.state.tco.years }));
  }
  if (report.risks.length > 0) parts.push(t('brief.decision.owners'));
  return (
    <p class="plan-decision" data-testid="brief-decision">
      {t('brief.decision', { parts: text.list(parts) })}
    </p>
  );
}

function PlatformLine({ part, text }: { part: NonNullable<PlanReport['selection']>; text: Text }) {
  const { t } = text;
  const options = part.state.matrix.options;
  const name = (id: string) => optionNameById(text, options, id);
  const { lead } = part;
  if (!lead.leader || !lead.runnerUp) return null;
  const under =
    lead.basis === 'own'
      ? t('brief.lead.own')
      : lead.basis === 'neutral'
        ? t('brief.lead.neutral')
        : t('brief.lead.preset', { preset: t(`s.preset.${part.state.preset}.name`) });
  let flip: string;
  if (lead.weightFlip) {
    const f = lead.weightFlip;
    flip = t('brief.flip.weight', {
      criterion: t(`s.criterion.${f.criterionId}.name`),
      from: text.num(f.fromShare, 0),
      to: text.num(f.toShare, 0),
      other: name(lead.runnerUp),
    });
  } else if (lead.scoreFlip) {
    const f = lead.scoreFlip;
    flip = t('brief.flip.score', { option: name(f.optionId), criterion: t(`s.criterion.${f.criterionId}.name`), from: f.from, to: f.to, other: name(f.challenger) });
  } else {
    flip = t('brief.flip.none', { shift: PLAUSIBLE_SHARE_SHIFT });
  }
  return (
    <>
      <strong data-testid="summary-platform" data-option={part.ahead ?? ''}>
        {part.ahead
          ? t('brief.lead', { option: name(part.ahead), under, margin: text.num(lead.margin) })
          : t('brief.lead.tooClose', { a: name(lead.leader), b: name(lead.runnerUp), under })}
      </strong>
      <span class="plan-sub" data-testid="summary-flip" data-flips={lead.weightFlip || lead.scoreFlip ? 'true' : 'false'}>
        {flip}
      </span>
    </>
  );
}

function CostTable({ part, text }: { part: NonNullable<PlanReport['selection']>; text: Text }) {
  const { t } = text;
  const options = part.state.matrix.options;
  const years = part.state.tco.years;
  const caption = text.tn('brief.cost.caption', years, { years, users: text.num(part.state.tco.users, 0) });
  const total = text.tn('brief.cost.total', years, { years });
  const min = Math.min(...part.tco.options.map((o) => o.total));
  const placeholders = pricesArePlaceholders(part.state.tco.options);
  return (
    <div class="plan-brief-block" data-testid="summary-cost">
      <TableWrap label={caption}>
        <table class="plan-table plan-brief-cost plan-stack">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('platform.col.option')}</th>
              <th scope="col" class="num">{t('brief.cost.score')}</th>
              <th scope="col" class="num">{total}</th>
              <th scope="col" class="num">{t('brief.cost.vsLowest')}</th>
            </tr>
          </thead>
          <tbody>
            {part.matrix.ranking.map((id) => {
              const cost = part.tco.options.find((o) => o.id === id);
              return (
                <tr key={id} data-option={id}>
                  <th scope="row">{optionNameById(text, options, id)}</th>
                  <td class="num" data-label={t('brief.cost.score')}>{text.num(part.matrix.totals[id] ?? 0)}</td>
                  <td class="num" data-label={total}>{cost ? text.money(cost.total) : '—'}</td>
                  <td class="num" data-label={t('brief.cost.vsLowest')}>{cost ? (cost.total === min ? t('brief.cost.lowest') : `+${text.money(cost.total - min)}`) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {placeholders && <p class="plan-note">{t('platform.cost.placeholder')}</p>}
    </div>
  );
}

function GoLive({ part, text }: { part: NonNullable<PlanReport['duration']>; text: Text }) {
  const { t } = text;
  const { estimate } = part;
  if (!estimate.goLiveDate) {
    return (
      <>
        <strong data-testid="summary-golive">{t('summary.goLive.noDate', { months: text.months(estimate.total.likelyWeeks) })}</strong>
        <span class="plan-sub" data-testid="summary-p80">{t('summary.goLive.p80Months', { months: text.months(estimate.total.p80Weeks) })}</span>
      </>
    );
  }
  const cal = estimate.calendar;
  const lost = cal ? workdaysLostTo(cal.holidays) : 0;
  return (
    <>
      <strong data-testid="summary-golive">{t('brief.goLive', { date: text.date(estimate.goLiveDate) })}</strong>
      {part.p80Date && (
        <span class="plan-sub" data-testid="summary-p80">
          {t('summary.goLive.p80', { date: text.date(part.p80Date) })}
        </span>
      )}
      <span class="plan-sub" data-testid="summary-calendar">
        {lost > 0 ? text.tn('brief.calendar.lost', lost, { days: lost }) : t('brief.calendar.none')}
        {cal?.basis === 'projected' && <> {t('brief.calendar.projected')}</>}
      </span>
    </>
  );
}

/** From this many conflicts, the box's lines no longer fit beside the brief's tables at their usual size. */
const CROWDED_AT = 3;

export function SummarySection({ report, profile, text }: Props) {
  const { t } = text;
  const r = report.readiness;
  const s = report.selection;
  const d = report.duration;
  // Page one holds the brief, sign-off included, however many answers disagree: with several named,
  // the brief's tables are set tighter on paper (plan.css) to make room for them.
  const crowded = reportConflicts(report.issues).length >= CROWDED_AT;
  return (
    <Section id="plan-summary" title={t('section.summary')} text={text} variant={crowded ? 'plan-brief-crowded' : undefined}>
      <Decision report={report} profile={profile} text={text} />
      <BriefConflicts report={report} text={text} />
      <dl class="plan-summary">
        {s && s.state.matrix.options.length > 1 && (
          <div class="plan-summary-wide">
            <dt>{t('summary.platform')}</dt>
            <dd>
              <PlatformLine part={s} text={text} />
            </dd>
          </div>
        )}
        {d && (
          <div>
            <dt>{t('summary.goLive')}</dt>
            <dd>
              <GoLive part={d} text={text} />
            </dd>
          </div>
        )}
        {r && (
          <div>
            <dt>{t('summary.verdict')}</dt>
            <dd>
              {r.result ? (
                <>
                  <span class={`badge ${verdictClass(r.result.verdict)}`} data-testid="summary-verdict" data-verdict={r.result.verdict}>
                    {t(`r.verdict.${r.result.verdict}.title`)}
                  </span>{' '}
                  <span>{t('readiness.score', { score: text.num(r.result.score, 0) })}</span>
                </>
              ) : (
                <span data-testid="summary-verdict">{t('summary.verdict.inProgress', { answered: r.answered, total: r.total })}</span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {s && <CostTable part={s} text={text} />}
      <BriefRisks report={report} text={text} />
      {report.kpi && report.kpi.counts.total > 0 && <BriefKpis part={report.kpi} text={text} />}
      <div class="plan-signoff" data-testid="signoff" role="group" aria-label={t('brief.signoff')}>
        <p class="plan-signoff-title">{t('brief.signoff')}</p>
        <div class="plan-signoff-lines">
          <span>{t('brief.signoff.name')}</span>
          <span>{t('brief.signoff.decision')}</span>
          <span>{t('brief.signoff.date')}</span>
          <span>{t('brief.signoff.signature')}</span>
        </div>
      </div>
    </Section>
  );
}
