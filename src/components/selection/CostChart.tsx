// Grouped bars of each option's running total at the end of each year. Bars carry their option's letter
// when there is room, and the figures are repeated in the table next to the chart.
import type { TcoResult } from '@/models/matrix';
import { letter, type Text } from './text';
import { useHolderWidth } from '@/components/shared/use-holder-width';
import { CHART_WIDTH_BOUNDS, ChartFrame } from './ChartFrame';

interface Props {
  text: Text;
  tco: TcoResult;
  /** option index in the matrix, for letters and colours */
  indexOf: (id: string) => number;
}

const H = 220;
const LEFT = 52;
const BOTTOM = 28;
const TOP = 10;

/** A round axis maximum (1, 2, 2.5 or 5 times a power of ten) just above the largest value. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function CostChart({ text, tco, indexOf }: Props) {
  const [box, W] = useHolderWidth(400, CHART_WIDTH_BOUNDS);
  const years = Math.max(1, ...tco.options.map((o) => o.cumulative.length));
  const max = niceMax(Math.max(0, ...tco.options.map((o) => o.cumulative.at(-1) ?? 0)));
  const plotW = W - LEFT - 6;
  const plotH = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const group = plotW / years;
  const n = Math.max(1, tco.options.length);
  const bar = Math.min(26, (group * 0.8) / n);
  const ticks = [0, max / 2, max];
  return (
    <ChartFrame box={box} width={W} height={H} name="sel-cost-chart" titleId="sel-cost-title" descId="sel-cost-desc">
      {ticks.map((t) => (
        <g key={t}>
          <line class="sel-grid" x1={LEFT} x2={W - 4} y1={y(t)} y2={y(t)} />
          <text x={LEFT - 6} y={y(t) + 4} text-anchor="end" class="sel-axis">
            {text.compactMoney(t)}
          </text>
        </g>
      ))}
      {Array.from({ length: years }, (_, yr) => {
        const gx = LEFT + yr * group + (group - bar * n) / 2;
        return (
          <g key={yr}>
            {tco.options.map((o, k) => {
              const v = o.cumulative[yr] ?? 0;
              const i = indexOf(o.id);
              const bx = gx + k * bar;
              return (
                <g key={o.id}>
                  <rect class={`sel-obar sel-o${i}`} x={bx + 1} y={y(v)} width={Math.max(1, bar - 2)} height={Math.max(0, y(0) - y(v))} />
                  {bar >= 12 && v > 0 && y(0) - y(v) >= 14 && (
                    <text x={bx + bar / 2} y={y(0) - 4} text-anchor="middle" class="sel-seg-num" aria-hidden="true">
                      {letter(i)}
                    </text>
                  )}
                </g>
              );
            })}
            <text x={LEFT + yr * group + group / 2} y={H - 8} text-anchor="middle" class="sel-axis">
              {text.t('cost.year', { n: yr + 1 })}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
