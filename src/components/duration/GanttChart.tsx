// Gantt chart of the five phases, drawn at the container's real width so labels keep their size
// on phones and wide screens alike. The phase table next to it carries the same figures as text.
import { useHolderWidth } from '@/components/shared/use-holder-width';
import type { DurationEstimate } from '@/models/duration/types';
import { AXIS, TOP, ganttGeometry, tickAnchor } from './gantt-geometry';
import { GanttBars } from './GanttBars';
import type { Text } from './text';

interface Props {
  estimate: DurationEstimate;
  startDate?: string;
  text: Text;
}

export function GanttChart({ estimate, startDate, text }: Props) {
  const { t } = text;
  const [holder, width] = useHolderWidth(640);
  const g = ganttGeometry(estimate, startDate, width, text);
  const { x, height } = g;

  return (
    <figure class="dur-gantt">
      <div ref={holder} class="dur-gantt-holder">
        <svg
          class="chart"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="dur-gantt-title dur-gantt-desc"
        >
          <title id="dur-gantt-title">{t('chart.title')}</title>
          <desc id="dur-gantt-desc">{t('chart.desc')}</desc>
          <defs>
            <pattern id="dur-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="var(--accent-soft)" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--accent)" stroke-width="1.5" />
            </pattern>
          </defs>
          {/* Behind the bars: the month grid with its labels, and the holiday bands with their names. */}
          {g.ticks.map((tick) => (
            <g key={tick.weeks}>
              <line x1={x(tick.weeks)} x2={x(tick.weeks)} y1={TOP} y2={height - AXIS + 4} class="dur-grid" />
              {tick.label && (
                <text x={x(tick.weeks)} y={height - AXIS + 18} text-anchor={tickAnchor(x(tick.weeks), tick.label, width)} class="dur-tick">
                  {tick.label}
                </text>
              )}
            </g>
          ))}
          {g.bands.map(({ h, x0, x1 }) => (
            <rect key={`${h.id}-${h.start}`} class="dur-holiday" data-holiday={h.id} x={x0} y={TOP} width={Math.max(2, x1 - x0)} height={height - AXIS - TOP + 4}>
              <title>{text.holidayList([h])}</title>
            </rect>
          ))}
          {g.bandLabels.map((l) => (
            <text key={l.key} x={l.x} y={TOP + 10} text-anchor="middle" class="dur-holiday-label">
              {l.name}
            </text>
          ))}
          <GanttBars g={g} estimate={estimate} text={text} />
        </svg>
      </div>
      <figcaption class="dur-legend">
        <span class="dur-legend-item"><span class="dur-key dur-key-likely" aria-hidden="true" /> {t('chart.legendLikely')}</span>
        <span class="dur-legend-item"><span class="dur-key dur-key-high" aria-hidden="true" /> {t('chart.legendHigh')}</span>
        {g.bands.length > 0 && (
          <>
            <span class="dur-legend-item"><span class="dur-key dur-key-holiday" aria-hidden="true" /> {t('chart.holidays')}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
