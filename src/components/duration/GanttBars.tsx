// The Gantt chart's bars (likely length solid, the possible overrun hatched, each with its label) and
// the go-live and first-release lines.
import type { DurationEstimate } from '@/models/duration/types';
import { approxWidth, lineAroundLabels, type LabelBox } from '@/models/duration/chart-layout';
import { AXIS, ROW, TOP, labelPlacement, type GanttGeometry } from './gantt-geometry';
import type { Text } from './text';

export function GanttBars({ g, estimate, text }: { g: GanttGeometry; estimate: DurationEstimate; text: Text }) {
  const { t } = text;
  const { x, width, height, top, layout } = g;
  const goLiveX = x(layout.goLive);
  const bars = layout.bars.map(({ from, likelyEnd, highEnd }, i) => {
    const p = estimate.phases[i]!;
    const y = top + i * ROW;
    const label = `${t(`phase.${p.id}`)} · ${t('table.weeks', { n: text.num(p.likelyWeeks) })}`;
    const at = labelPlacement(label, x(from), Math.max(x(likelyEnd), x(highEnd)), width);
    const w = approxWidth(label);
    const left = at.anchor === 'start' ? at.x : at.x - w;
    return { p, y, label, at, x0: x(from), x1: x(likelyEnd), x2: x(highEnd), box: { left, right: left + w, top: y + 2, bottom: y + 16 } };
  });
  // Every label on the chart, the holiday names included, so the lines pass them by.
  const labels: LabelBox[] = [
    ...bars.map((b) => b.box),
    ...g.bandLabels.map((l) => ({ left: l.x - l.half, right: l.x + l.half, top: TOP, bottom: TOP + 13 })),
  ];
  const firstReleaseX = layout.firstRelease === undefined ? undefined : x(layout.firstRelease);
  const firstReleaseLabel = t('chart.firstRelease');
  // The first-release line carries its own label beside it; the go-live line passes that one by too.
  const withFirstRelease: LabelBox[] =
    firstReleaseX === undefined ? labels : [...labels, { left: firstReleaseX + 3, right: firstReleaseX + 3 + approxWidth(firstReleaseLabel), top: TOP, bottom: TOP + 13 }];
  const verticalLine = (at: number, className: string, around: LabelBox[]) =>
    lineAroundLabels(at, TOP, height - AXIS + 4, around).map(([y1, y2]) => (
      <line key={y1} x1={at} x2={at} y1={y1} y2={y2} class={className} />
    ));
  return (
    <>
      {/* The lines stop short of any label in their way, and go on below it. */}
      {verticalLine(goLiveX, 'dur-golive', withFirstRelease)}
      {firstReleaseX !== undefined && verticalLine(firstReleaseX, 'dur-mvp', labels)}
      {bars.map(({ p, y, label, at, x0, x1, x2 }) => (
        <g key={p.id}>
          <text x={at.x} y={y + 13} text-anchor={at.anchor} class="dur-label">
            {label}
          </text>
          <rect x={x1} y={y + 19} width={Math.max(0, x2 - x1)} height={16} fill="url(#dur-hatch)" stroke="var(--accent)" stroke-width="1" rx="2" />
          <rect x={x0} y={y + 19} width={Math.max(2, x1 - x0)} height={16} fill="var(--accent)" rx="2" />
        </g>
      ))}
      <text x={goLiveX} y={height - 2} text-anchor={goLiveX > width - 60 ? 'end' : 'middle'} class="dur-golive-label">
        {t('chart.goLive')}
        {estimate.goLiveDate ? ` ${text.shortDate(estimate.goLiveDate)}` : ''}
      </text>
      {firstReleaseX !== undefined && (
        <text x={firstReleaseX + 3} y={TOP + 10} class="dur-mvp-label">
          {firstReleaseLabel}
        </text>
      )}
    </>
  );
}
