// The visitor's plan in the page's words, as a Markdown document (src/models/plan/markdown.ts lays it
// out). Loaded on click. Only the tools the visitor used get a section.
import { computePlanReport, type PlanReport, type PlanState } from '@/models/plan';
import { planMarkdown, type MarkdownSection } from '@/models/plan/markdown';
import { actionKeys, actionVars } from './action-text';
import { conflictText } from './conflict-text';
import { kpiName, optionNameById } from './names';
import type { Text } from './text';

/** "Label: value" and "(note)" with the punctuation of the page's language (full-width in Chinese). */
const colon = (text: Text) => (text.locale === 'zh-cn' ? '：' : ': ');
const aside = (text: Text, note: string) => (text.locale === 'zh-cn' ? `（${note}）` : ` (${note})`);

function summary(report: PlanReport, text: Text): string[] {
  const { t } = text;
  const c = colon(text);
  const out: string[] = [];
  const r = report.readiness;
  if (r) out.push(`${t('summary.verdict')}${c}${r.result ? t(`r.verdict.${r.result.verdict}.title`) : t('summary.verdict.inProgress', { answered: r.answered, total: r.total })}`);
  const s = report.selection;
  if (s && s.matrix.ranking.length > 1) {
    const options = s.state.matrix.options;
    const [a, b] = [s.matrix.ranking[0]!, s.matrix.ranking[1]!];
    out.push(
      s.matrix.winner
        ? t('md.leads', { option: optionNameById(text, options, a), margin: text.num(s.matrix.margin) })
        : t('summary.platform.tooClose', { a: optionNameById(text, options, a), b: optionNameById(text, options, b) }),
    );
  }
  const d = report.duration;
  if (d) {
    out.push(
      d.estimate.goLiveDate
        ? `${t('summary.goLive')}${c}${text.date(d.estimate.goLiveDate)}${d.p80Date ? aside(text, t('summary.goLive.p80', { date: text.date(d.p80Date) })) : ''}`
        : `${t('summary.goLive')}${c}${t('summary.goLive.noDate', { months: text.months(d.estimate.total.likelyWeeks) })}`,
    );
  }
  const k = report.kpi;
  if (k && k.counts.total > 0) out.push(`${t('summary.kpis')}${c}${text.tn('summary.kpis.count', k.counts.total, { valid: k.counts.valid })}`);
  return out;
}

function sections(report: PlanReport, text: Text): MarkdownSection[] {
  const { t } = text;
  const out: MarkdownSection[] = [{ heading: t('section.summary'), list: summary(report, text) }];
  // Where the printed brief shows its box of answers that disagree: right after the summary, before
  // any figure that rests on one of them. Only when there is one to name.
  const conflicts = conflictText(report, text);
  if (conflicts) out.push({ heading: conflicts.heading, paragraphs: [conflicts.intro], list: conflicts.items.map((c) => c.text) });
  const r = report.readiness;
  if (r?.result) {
    out.push({
      heading: t('section.readiness'),
      paragraphs: [t('readiness.verdict', { verdict: t(`r.verdict.${r.result.verdict}.title`) }), t('readiness.score', { score: text.num(r.result.score, 0) })],
      list: r.result.redFlags.map(({ code }) => `${t('readiness.flags')}${colon(text)}${t(`r.flag.${code}.title`)}`),
    });
  }
  const s = report.selection;
  if (s) {
    const options = s.state.matrix.options;
    const name = (id: string) => optionNameById(text, options, id);
    out.push({
      heading: t('section.platform'),
      table: {
        header: [t('platform.col.rank'), t('platform.col.option'), t('platform.col.total')],
        rows: s.matrix.ranking.map((id, i) => [i + 1, name(id), text.num(s.matrix.totals[id] ?? 0)]),
        align: ['right', 'left', 'right'],
      },
    });
    if (s.tco.options.length > 0) {
      const years = Math.max(...s.tco.options.map((o) => o.byYear.length));
      out.push({
        heading: t('platform.cost.heading'),
        paragraphs: [t('platform.cost.caption', { years, users: text.num(s.state.tco.users, 0) })],
        table: {
          header: ['', ...s.tco.options.map((o) => name(o.id))],
          rows: [
            ...Array.from({ length: years }, (_, y) => [t('platform.cost.year', { n: y + 1 }), ...s.tco.options.map((o) => text.money(o.byYear[y] ?? 0))]),
            [t('platform.cost.total'), ...s.tco.options.map((o) => text.money(o.total))],
          ],
          align: ['left', ...s.tco.options.map(() => 'right' as const)],
        },
      });
    }
  }
  const d = report.duration;
  if (d) {
    const dated = Boolean(d.input.startDate);
    out.push({
      heading: t('section.timeline'),
      paragraphs: [
        t('timeline.total', { likely: text.months(d.estimate.total.likelyWeeks), low: text.months(d.estimate.total.lowWeeks), high: text.months(d.estimate.total.highWeeks), p80: text.months(d.estimate.total.p80Weeks) }),
      ],
      table: {
        header: [t('timeline.col.phase'), t('timeline.col.weeks'), t('timeline.col.range'), dated ? t('timeline.col.dates') : t('timeline.col.start')],
        rows: d.estimate.phases.map((p) => [
          t(`d.phase.${p.id}`),
          t('timeline.weeks', { n: text.num(p.likelyWeeks) }),
          t('timeline.range', { low: text.num(p.lowWeeks), high: text.num(p.highWeeks) }),
          p.startDate && p.endDate ? `${text.date(p.startDate)} – ${text.date(p.endDate)}` : t('timeline.week', { n: p.startWeek + 1 }),
        ]),
      },
    });
  }
  const k = report.kpi;
  if (k && k.counts.total > 0) {
    out.push({
      heading: t('section.kpi'),
      table: {
        header: [t('kpi.col.kpi'), t('kpi.col.change'), t('kpi.col.deadline'), t('kpi.col.owner')],
        rows: k.rows.map((row, i) => {
          const sheetRow = k.sheet.rows[i]!;
          return [
            kpiName(text, k.sheet, sheetRow.kpiId),
            row.ok ? `${text.num(row.input.baseline, 2)} → ${text.num(row.input.target, 2)}` : t('kpi.incomplete'),
            sheetRow.deadline ? text.date(sheetRow.deadline) : t('kpi.notGiven'),
            sheetRow.owner.trim() || t('kpi.notGiven'),
          ];
        }),
      },
    });
  }
  out.push({
    heading: t('section.actions'),
    list: report.actions.length ? report.actions.map((a) => `${t(`actions.priority.${a.priority}`)}${colon(text)}${t(actionKeys(a).title, actionVars(a, text))}`) : [t('actions.none')],
  });
  return out;
}

export function planMarkdownText(plan: PlanState, today: string, text: Text): string {
  const { t } = text;
  const report = computePlanReport(plan, today);
  const company = plan.profile.companyName.trim();
  return planMarkdown({
    title: `${t('cover.kicker')}${colon(text)}${company || t('cover.noCompany')}`,
    lines: [t('cover.prepared', { date: text.date(today) })],
    sections: sections(report, text),
  });
}
