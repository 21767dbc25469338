// The five phases as a Gantt chart drawn at its container's width, so its labels keep their size on
// a phone and on a wide screen, and at one fixed width on paper, whatever screen prints it. Solid = likely length, hatched = how much
// longer it may take: the two differ by pattern, not only by colour, so they survive black-and-white
// printing. The phase table beside it carries the same figures as text.
import { approxWidth, calendarTicks, chartLayout, lineAroundLabels, monthStep, type Tick } from '@/models/duration/chart-layout';
import { WEEKS_PER_MONTH, type DurationEstimate } from '@/models/duration';
import type { Text } from './text';
import { formatDate } from '@/i18n/format';
import { useHolderWidth } from '@/components/shared/use-holder-width';
import { usePrinting } from '@/components/shared/use-printing';

interface Props {
  estimate: DurationEstimate;
  startDate?: string;
  text: Text;
}

/** The drawing's width before it is measured (the build's) and on paper. */
const PRINT_WIDTH = 720;
const PAD = 10;
const ROW = 38;
const TOP = 6;
const AXIS = 36;
/** One tick label per this many pixels at most, so that month names never run into each other. */
const PX_PER_TICK = 72;

function ticksFor(maxWeeks: number, startDate: string | undefined, text: Text, maxTicks: number): Tick[] {
  const step = monthStep(Math.ceil(maxWeeks / WEEKS_PER_MONTH), maxTicks);
  const out: Tick[] = [];
  if (!startDate) {
    for (let m = step; m * WEEKS_PER_MONTH <= maxWeeks; m += step) {
      const weeks = m * WEEKS_PER_MONTH;
      out.push({ weeks, label: text.t('timeline.chart.week', { n: Math.round(weeks) }) });
    }
    return out;
  }
  return calendarTicks(startDate, maxWeeks, step, (date, withYear) =>
    formatDate(text.locale, date, withYear ? { year: 'numeric', month: 'short' } : { month: 'short' }),
  );
}

/** A tick label near either edge runs inwards from its line, so that none is cut off ("r 2027"). */
function tickAnchor(at: number, width: number): 'start' | 'middle' | 'end' {
  return at > width - 40 ? 'end' : at < 40 ? 'start' : 'middle';
}

export function PlanGantt({ estimate, startDate, text }: Props) {
  const { t } = text;
  const [holder, measured] = useHolderWidth(PRINT_WIDTH);
  const W = usePrinting() ? PRINT_WIDTH : measured;
  const phases = estimate.phases;
  // On calendar time when dated, so bars match the dates beside them (holidays lengthen phases).
  const layout = chartLayout(estimate, startDate);
  const maxWeeks = Math.max(1, estimate.total.highWeeks, layout.maxWeeks);
  const x = (weeks: number) => PAD + (weeks / maxWeeks) * (W - 2 * PAD);
  const height = TOP + phases.length * ROW + AXIS;
  const axisY = TOP + phases.length * ROW;
  const goLive = x(layout.goLive);
  const ticks = ticksFor(maxWeeks, startDate, text, Math.max(2, Math.floor(W / PX_PER_TICK)));
  const bars = phases.map((p, i) => {
    const y = TOP + i * ROW;
    const bar = layout.bars[i]!;
    const x0 = x(bar.from);
    const x1 = x(bar.likelyEnd);
    const x2 = x(bar.highEnd);
    const label = `${t(`d.phase.${p.id}`)} · ${t('timeline.weeks', { n: text.num(p.likelyWeeks) })}`;
    // Labels sit above their bar; one that would run off the right edge is right-aligned instead.
    const w = approxWidth(label);
    const rightAligned = x0 + w > W - PAD;
    const left = rightAligned ? Math.max(PAD, Math.max(x2, x1) - w) : x0;
    return { p, y, label, rightAligned, left, x0, x1, x2, box: { left, right: left + w, top: y + 1, bottom: y + 15 } };
  });
  return (
    <figure class="plan-gantt">
      <div ref={holder}>
      <svg class="chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="plan-gantt-title plan-gantt-desc" preserveAspectRatio="xMinYMin meet">
        <title id="plan-gantt-title">{t('timeline.chart.title')}</title>
        <desc id="plan-gantt-desc">{t('timeline.chart.desc')}</desc>
        <defs>
          <pattern id="plan-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="plan-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" class="plan-hatch-line" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick.weeks}>
            <line x1={x(tick.weeks)} x2={x(tick.weeks)} y1={TOP} y2={axisY + 4} class="plan-grid" />
            <text x={x(tick.weeks)} y={axisY + 17} text-anchor={tickAnchor(x(tick.weeks), W)} class="plan-tick">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.holidays.map((h) => (
          <rect key={`${h.id}-${h.start}`} class="plan-holiday" data-holiday={h.id} x={x(h.from)} y={TOP} width={Math.max(2, x(Math.min(h.to, maxWeeks)) - x(h.from))} height={axisY - TOP + 4}>
            <title>{t(`d.holiday.${h.id}`)}</title>
          </rect>
        ))}
        {/* The line stops short of any phase label in its way, and goes on below it. */}
        {lineAroundLabels(goLive, TOP, axisY + 4, bars.map((b) => b.box)).map(([y1, y2]) => (
          <line key={y1} x1={goLive} x2={goLive} y1={y1} y2={y2} class="plan-golive" />
        ))}
        {bars.map(({ p, y, label, rightAligned, left, x0, x1, x2 }) => (
          <g key={p.id}>
            <text x={rightAligned && left > PAD ? Math.max(x2, x1) : left} y={y + 12} text-anchor={rightAligned && left > PAD ? 'end' : 'start'} class="plan-bar-label">
              {label}
            </text>
            <rect x={x1} y={y + 17} width={Math.max(0, x2 - x1)} height={14} fill="url(#plan-hatch)" class="plan-bar-high" />
            <rect x={x0} y={y + 17} width={Math.max(2, x1 - x0)} height={14} class="plan-bar-likely" />
          </g>
        ))}
        <text x={goLive} y={height - 3} text-anchor={goLive > W - 80 ? 'end' : 'middle'} class="plan-golive-label">
          {t('timeline.chart.goLive')}
          {estimate.goLiveDate ? ` ${text.shortDate(estimate.goLiveDate)}` : ''}
        </text>
      </svg>
      </div>
      <figcaption class="plan-legend">
        <span class="plan-legend-item"><span class="plan-key plan-key-likely" aria-hidden="true" /> {t('timeline.legend.likely')}</span>
        <span class="plan-legend-item"><span class="plan-key plan-key-high" aria-hidden="true" /> {t('timeline.legend.high')}</span>
        {layout.holidays.length > 0 && (
          <>
            <span class="plan-legend-item"><span class="plan-key plan-key-holiday" aria-hidden="true" /> {t('d.chart.holidays')}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
