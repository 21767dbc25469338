// The Gantt chart's bars (likely length solid, the possible overrun hatched, each with its label) and
// the go-live and first-release lines.
import type { DurationEstimate } from '@/models/duration/types';
import { AXIS, ROW, TOP, labelPlacement, type GanttGeometry } from './gantt-geometry';
import type { Text } from './text';

export function GanttBars({ g, estimate, text }: { g: GanttGeometry; estimate: DurationEstimate; text: Text }) {
  const { t } = text;
  const { x, width, height, top, layout } = g;
  const goLiveX = x(layout.goLive);
  const firstReleaseWeeks = layout.firstRelease;
  return (
    <>
      {/* The lines go under the bars and their labels (which carry a halo), so no label is crossed out. */}
      <line x1={goLiveX} x2={goLiveX} y1={TOP} y2={height - AXIS + 4} class="dur-golive" />
      {firstReleaseWeeks !== undefined && (
        <line x1={x(firstReleaseWeeks)} x2={x(firstReleaseWeeks)} y1={TOP} y2={height - AXIS + 4} class="dur-mvp" />
      )}
      {layout.bars.map(({ from, likelyEnd, highEnd }, i) => {
        const p = estimate.phases[i]!;
        const y = top + i * ROW;
        const x0 = x(from);
        const x1 = x(likelyEnd);
        const x2 = x(highEnd);
        const label = `${t(`phase.${p.id}`)} · ${t('table.weeks', { n: text.num(p.likelyWeeks) })}`;
        const at = labelPlacement(label, x0, Math.max(x1, x2), width);
        return (
          <g key={p.id}>
            <text x={at.x} y={y + 13} text-anchor={at.anchor} class="dur-label">
              {label}
            </text>
            <rect x={x1} y={y + 19} width={Math.max(0, x2 - x1)} height={16} fill="url(#dur-hatch)" stroke="var(--accent)" stroke-width="1" rx="2" />
            <rect x={x0} y={y + 19} width={Math.max(2, x1 - x0)} height={16} fill="var(--accent)" rx="2" />
          </g>
        );
      })}
      <text x={goLiveX} y={height - 2} text-anchor={goLiveX > width - 60 ? 'end' : 'middle'} class="dur-golive-label">
        {t('chart.goLive')}
        {estimate.goLiveDate ? ` ${text.shortDate(estimate.goLiveDate)}` : ''}
      </text>
      {firstReleaseWeeks !== undefined && (
        <text x={x(firstReleaseWeeks) + 3} y={TOP + 10} class="dur-mvp-label">
          {t('chart.firstRelease')}
        </text>
      )}
    </>
  );
}
