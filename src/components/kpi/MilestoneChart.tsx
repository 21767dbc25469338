// A small line chart of one KPI's monthly milestones, with the same numbers as a table for screen
// readers and anyone who prefers figures. Colours come from the site's CSS variables (light and dark).
import { toDayNumber } from '@/models/calendar';
import type { KpiUnit } from '@/models/kpi';
import type { Text } from './text';

interface Props {
  text: Text;
  id: string;
  name: string;
  unit: KpiUnit;
  today: string;
  baseline: number;
  milestones: readonly { date: string; value: number }[];
}

const W = 320;
const H = 96;
const PAD = { left: 8, right: 8, top: 14, bottom: 20 };

export function MilestoneChart({ text, id, name, unit, today, baseline, milestones }: Props) {
  const last = milestones[milestones.length - 1]!;
  const t0 = toDayNumber(today);
  const span = Math.max(1, toDayNumber(last.date) - t0);
  const lo = Math.min(baseline, last.value);
  const hi = Math.max(baseline, last.value);
  const range = hi - lo || 1;
  const x = (date: string) => PAD.left + ((toDayNumber(date) - t0) / span) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / range) * (H - PAD.top - PAD.bottom);
  const points = [{ date: today, value: baseline }, ...milestones];
  const path = points.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const fmt = (v: number) => text.valueText(unit, v);
  const title = text.t('chart.title', { name });
  const desc = text.t('chart.desc', { baseline: fmt(baseline), target: fmt(last.value), deadline: text.monthText(last.date) });
  return (
    <figure class="kpi-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-ct ${id}-cd`}>
        <title id={`${id}-ct`}>{title}</title>
        <desc id={`${id}-cd`}>{desc}</desc>
        <line class="kpi-chart-axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <polyline class="kpi-chart-line" points={path} />
        {points.map((p, i) => (
          <circle key={i} class={i === 0 ? 'kpi-chart-start' : 'kpi-chart-dot'} cx={x(p.date)} cy={y(p.value)} r={i === 0 || i === points.length - 1 ? 3.5 : 2.2} />
        ))}
      </svg>
      <figcaption class="kpi-chart-caption">
        <span>{text.monthText(today)} · {fmt(baseline)}</span>
        <span>{text.monthText(last.date)} · {fmt(last.value)}</span>
      </figcaption>
      <details class="kpi-chart-table">
        <summary>{text.t('chart.show')}</summary>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{text.t('chart.table.date')}</th>
                <th scope="col" class="num">{text.t('chart.table.value')}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <tr key={m.date}>
                  <th scope="row">{m.date}</th>
                  <td class="num">{fmt(m.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
