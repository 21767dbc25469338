// Gantt chart of the five phases, drawn at the container's real width so labels keep their size
// on phones and wide screens alike. The phase table next to it carries the same figures as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addMonths, daysBetween } from '@/models/calendar';
import { WEEKS_PER_MONTH } from '@/models/duration/defaults';
import type { DurationEstimate } from '@/models/duration/types';
import { chartLayout } from '@/models/duration/chart-layout';
import type { Text } from './text';

interface Props {
  estimate: DurationEstimate;
  startDate?: string;
  text: Text;
}

const ROW = 44;
const TOP = 8;
const AXIS = 34;
const PAD_X = 10;
const HOLIDAY_ROW = 16;

/** Rough rendered width of a 12px label: CJK characters are about square, Latin about half as wide. */
function approxWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u2e80-\uffef]/.test(ch) ? 12.5 : 6.6;
  return w;
}

/** A month step that keeps tick labels from crowding: 1, 2, 3, 6 or 12 months. */
function monthStep(totalMonths: number, width: number, spacing: number): number {
  const fit = Math.max(1, Math.floor((width - 2 * PAD_X) / spacing));
  return [1, 2, 3, 6, 12].find((s) => totalMonths / s <= fit) ?? 12;
}

interface Tick {
  weeks: number;
  label: string;
}

/** Month numbers from the start: a line at every step, labelled from month 1. */
function plainTicks(totalMonths: number, step: number, text: Text): Tick[] {
  const out: Tick[] = [];
  for (let m = 0; m <= totalMonths; m += step) out.push({ weeks: m * WEEKS_PER_MONTH, label: m === 0 ? '' : text.t('chart.month', { n: m }) });
  return out;
}

/** The first of each calendar month after the start; the year is shown on the first tick and in January. */
function calendarTicks(startDate: string, maxWeeks: number, step: number, text: Text): Tick[] {
  const out: Tick[] = [];
  const first = startDate.endsWith('-01') ? startDate : addMonths(`${startDate.slice(0, 7)}-01`, 1);
  for (let i = 0; ; i += step) {
    const day = addMonths(first, i);
    const weeks = daysBetween(startDate, day) / 7;
    if (weeks > maxWeeks) break;
    out.push({ weeks, label: i === 0 || day.slice(5, 7) === '01' ? text.monthYear(day) : text.month(day) });
  }
  return out;
}

export function GanttChart({ estimate, startDate, text }: Props) {
  const { t } = text;
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);

  useEffect(() => {
    const el = holder.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const w = Math.round(entry!.contentRect.width);
      if (w > 0) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const phases = estimate.phases;
  // With a start date the chart is drawn on calendar time: phases stretched by a holiday are drawn
  // longer, and the holiday shows as a band. Without one, on weeks of work from the start.
  const dated = Boolean(startDate && estimate.goLiveDate);
  const weeksTo = (date: string, inclusive = true) => (daysBetween(startDate!, date) + (inclusive ? 1 : 0)) / 7;
  const layout = chartLayout(estimate, startDate);
  const bars = layout.bars.map((b, i) => ({ ...b, p: phases[i]! }));
  const goLiveWeeks = layout.goLive;
  const firstReleaseWeeks = layout.firstRelease;
  const maxWeeks = layout.maxWeeks;
  const totalMonths = Math.ceil(maxWeeks / WEEKS_PER_MONTH);
  const scaleMax = totalMonths * WEEKS_PER_MONTH;
  const x = (weeks: number) => PAD_X + (Math.min(weeks, scaleMax) / scaleMax) * (width - 2 * PAD_X);
  // A row above the bars names the holidays, when there are any to name.
  const top = TOP + (dated && (estimate.calendar?.holidays.length ?? 0) > 0 ? HOLIDAY_ROW : 0);
  const height = top + phases.length * ROW + AXIS;
  const step = monthStep(totalMonths, width, startDate ? 64 : 44);
  const ticks = startDate ? calendarTicks(startDate, scaleMax, step, text) : plainTicks(totalMonths, step, text);
  const goLiveX = x(goLiveWeeks);
  const bands = layout.holidays.map((h) => ({ h, x0: x(h.from), x1: x(h.to) })).filter((b) => b.x1 > b.x0);
  // Each name centred over its band, left out where it would run into another label (all are in the note).
  const taken: [number, number][] = [];
  if (firstReleaseWeeks !== undefined) taken.push([x(firstReleaseWeeks), x(firstReleaseWeeks) + 6 + approxWidth(t('chart.firstRelease'))]);
  const bandLabels: { key: string; x: number; name: string }[] = [];
  for (const { h, x0, x1 } of bands) {
    const name = t(`holiday.${h.id}`);
    const half = (approxWidth(name) * (11 / 12)) / 2;
    const cx = Math.min(Math.max((x0 + x1) / 2, PAD_X + half), width - PAD_X - half);
    if (taken.some(([a, b]) => cx - half - 4 < b && cx + half + 4 > a)) continue;
    taken.push([cx - half, cx + half]);
    bandLabels.push({ key: `${h.id}-${h.start}`, x: cx, name });
  }

  /** Tick labels near either edge are aligned to stay inside the chart. */
  const tickAnchor = (at: number, label: string): 'start' | 'middle' | 'end' => {
    const half = approxWidth(label) / 2;
    return at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
  };

  /** Where a label of this text fits: after the bar's start, before its end, or against the right edge. */
  const labelPlacement = (label: string, x0: number, x1: number): { x: number; anchor: 'start' | 'end' } => {
    const w = approxWidth(label);
    if (x0 + w <= width - PAD_X) return { x: x0, anchor: 'start' };
    if (x1 - w >= PAD_X) return { x: x1, anchor: 'end' };
    return { x: width - PAD_X, anchor: 'end' };
  };

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
          {ticks.map((tick) => (
            <g key={tick.weeks}>
              <line x1={x(tick.weeks)} x2={x(tick.weeks)} y1={TOP} y2={height - AXIS + 4} class="dur-grid" />
              {tick.label && (
                <text x={x(tick.weeks)} y={height - AXIS + 18} text-anchor={tickAnchor(x(tick.weeks), tick.label)} class="dur-tick">
                  {tick.label}
                </text>
              )}
            </g>
          ))}
          {bands.map(({ h, x0, x1 }) => (
            <rect key={`${h.id}-${h.start}`} class="dur-holiday" data-holiday={h.id} x={x0} y={TOP} width={Math.max(2, x1 - x0)} height={height - AXIS - TOP + 4}>
              <title>{text.holidayList([h])}</title>
            </rect>
          ))}
          {bandLabels.map((l) => (
            <text key={l.key} x={l.x} y={TOP + 10} text-anchor="middle" class="dur-holiday-label">
              {l.name}
            </text>
          ))}
          {bars.map(({ p, from, likelyEnd, highEnd }, i) => {
            const y = top + i * ROW;
            const x0 = x(from);
            const x1 = x(likelyEnd);
            const x2 = x(highEnd);
            const label = `${t(`phase.${p.id}`)} · ${t('table.weeks', { n: text.num(p.likelyWeeks) })}`;
            const at = labelPlacement(label, x0, Math.max(x1, x2));
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
          <line x1={goLiveX} x2={goLiveX} y1={TOP} y2={height - AXIS + 4} class="dur-golive" />
          <text x={goLiveX} y={height - 2} text-anchor={goLiveX > width - 60 ? 'end' : 'middle'} class="dur-golive-label">
            {t('chart.goLive')}
            {estimate.goLiveDate ? ` ${text.shortDate(estimate.goLiveDate)}` : ''}
          </text>
          {firstReleaseWeeks !== undefined && (
            <g>
              <line x1={x(firstReleaseWeeks)} x2={x(firstReleaseWeeks)} y1={TOP} y2={height - AXIS + 4} class="dur-mvp" />
              <text x={x(firstReleaseWeeks) + 3} y={TOP + 10} class="dur-mvp-label">
                {t('chart.firstRelease')}
              </text>
            </g>
          )}
        </svg>
      </div>
      <figcaption class="dur-legend">
        <span class="dur-key dur-key-likely" aria-hidden="true" /> {t('chart.legendLikely')}
        <span class="dur-key dur-key-high" aria-hidden="true" /> {t('chart.legendHigh')}
        {bands.length > 0 && (
          <>
            <span class="dur-key dur-key-holiday" aria-hidden="true" /> {t('chart.holidays')}
          </>
        )}
      </figcaption>
    </figure>
  );
}
