// Turns the models' comparisons into table rows in the page's language: one row per point compared,
// each marked when the two sides differ. Wording only; what differs is decided in src/models/scenarios.
import type { Comparison } from '@/stores/adapters/types';
import type { SetDiff } from '@/models/scenarios';
import { plain, type ScnText } from './text';

export interface CompareRow {
  label: string;
  a: string;
  b: string;
  differs: boolean;
}

export interface CompareSection {
  tool: Comparison['tool'];
  rows: CompareRow[];
}

export function compareSections(list: readonly Comparison[], dict: Readonly<Record<string, string>>, text: ScnText): CompareSection[] {
  const { t } = text;
  const name = (key: string, fallback: string) => plain(dict[key], fallback);
  const weeks = (n: number) => t('cmp.weeks', { n: text.num(n) });
  const date = (d: string | null) => (d ? text.date(d) : t('cmp.noDate'));
  const orNone = (items: string[]) => (items.length ? items.join(text.locale === 'zh-cn' ? '、' : '; ') : t('cmp.none'));
  const sets = (d: SetDiff<string>, label: (code: string) => string) => ({
    a: orNone([...d.both, ...d.onlyA].map(label)),
    b: orNone([...d.both, ...d.onlyB].map(label)),
    differs: d.differs,
  });
  const optional = (v: string | null) => v ?? t('cmp.absent');

  return list.map((item): CompareSection => {
    switch (item.tool) {
      case 'duration': {
        const c = item.c;
        const phase = (id: string) => name(`phase.${id}`, id);
        const moved = c.mostMoved;
        return {
          tool: 'duration',
          rows: [
            { label: t('cmp.dur.goLive'), a: date(c.goLive.a), b: date(c.goLive.b), differs: c.goLive.differs },
            { label: t('cmp.dur.p80Date'), a: date(c.p80Date.a), b: date(c.p80Date.b), differs: c.p80Date.differs },
            { label: t('cmp.dur.likely'), a: weeks(c.likelyWeeks.a), b: weeks(c.likelyWeeks.b), differs: c.likelyWeeks.differs },
            { label: t('cmp.dur.p80'), a: weeks(c.p80Weeks.a), b: weeks(c.p80Weeks.b), differs: c.p80Weeks.differs },
            {
              label: t('cmp.dur.moved'),
              a: moved ? t('cmp.dur.movedValue', { phase: phase(moved.phase), weeks: weeks(moved.a) }) : t('cmp.none'),
              b: moved ? t('cmp.dur.movedValue', { phase: phase(moved.phase), weeks: weeks(moved.b) }) : t('cmp.none'),
              differs: moved !== null,
            },
            { label: t('cmp.dur.findings'), ...sets(c.findings, (code) => name(`warning.${code}.title`, code)) },
            { label: t('cmp.dur.holidays'), ...sets(c.holidays, (id) => name(`holiday.${id.split(':')[0]}`, id.split(':')[0]!) + ' ' + text.date(id.split(':')[1] ?? '')) },
          ],
        };
      }
      case 'selection': {
        const c = item.c;
        const leader = (v: string | null) => v ?? t('cmp.sel.tie');
        return {
          tool: 'selection',
          rows: [
            { label: t('cmp.sel.leader'), a: leader(c.leader.a), b: leader(c.leader.b), differs: c.leader.differs },
            { label: t('cmp.sel.margin'), a: text.num(c.margin.a), b: text.num(c.margin.b), differs: c.margin.differs },
            { label: t('cmp.sel.flips'), a: t(c.leadFlips ? 'cmp.yes' : 'cmp.no'), b: t(c.leadFlips ? 'cmp.yes' : 'cmp.no'), differs: c.leadFlips },
            ...c.scores.map((s) => ({
              label: t('cmp.sel.score', { name: s.name }),
              a: optional(s.total.a === null ? null : text.num(s.total.a)),
              b: optional(s.total.b === null ? null : text.num(s.total.b)),
              differs: s.total.differs,
            })),
            { label: t('cmp.sel.years'), a: text.num(c.years.a, 0), b: text.num(c.years.b, 0), differs: c.years.differs },
            ...c.costs.map((s) => ({
              label: t('cmp.sel.cost', { name: s.name }),
              a: optional(s.total.a === null ? null : text.num(s.total.a, 0)),
              b: optional(s.total.b === null ? null : text.num(s.total.b, 0)),
              differs: s.total.differs,
            })),
          ],
        };
      }
      case 'kpi': {
        const c = item.c;
        const cell = (v: (typeof c.rows)[number]['a']) => {
          if (!v) return t('cmp.absent');
          if (v.smartMet === null) return t('cmp.kpi.incomplete');
          return t('cmp.kpi.value', {
            baseline: v.baseline,
            target: v.target,
            deadline: text.date(v.deadline),
            met: v.smartMet,
            attainable: name(`attainable.${v.attainable}`, v.attainable),
          });
        };
        return {
          tool: 'kpi',
          rows: [
            { label: t('cmp.kpi.rows'), a: text.num(c.rowCount.a, 0), b: text.num(c.rowCount.b, 0), differs: c.rowCount.differs },
            ...c.rows.map((r) => ({
              label: (r.customName ?? name(`kpi.${r.kpiId}.name`, r.kpiId)) + (r.occurrence > 1 ? ` (${r.occurrence})` : ''),
              a: cell(r.a),
              b: cell(r.b),
              differs: r.differs,
            })),
          ],
        };
      }
      case 'readiness': {
        const c = item.c;
        const verdict = (v: string | null) => (v ? name(`verdict.${v}.title`, v) : t('cmp.rd.incomplete'));
        return {
          tool: 'readiness',
          rows: [
            { label: t('cmp.rd.verdict'), a: verdict(c.verdict.a), b: verdict(c.verdict.b), differs: c.verdict.differs },
            {
              label: t('cmp.rd.score'),
              a: c.score.a === null ? t('cmp.rd.incomplete') : text.num(c.score.a, 0),
              b: c.score.b === null ? t('cmp.rd.incomplete') : text.num(c.score.b, 0),
              differs: c.score.differs,
            },
            { label: t('cmp.rd.flags'), ...sets(c.flags, (code) => name(`flag.${code}.title`, code)) },
            { label: t('cmp.rd.actions'), ...sets(c.actions, (code) => name(`action.${code}.title`, code)) },
          ],
        };
      }
    }
  });
}

