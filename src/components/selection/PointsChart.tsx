// Stacked bars: each option's score split into the points each criterion contributes. Segments carry
// the criterion's number as well as its colour (colour is never the only cue), and the same figures
// are given as a table underneath.
import { CRITERIA, type MatrixInput, type MatrixResult } from '@/models/matrix';
import { useHolderWidth } from '@/components/shared/use-holder-width';
import { CHART_WIDTH_BOUNDS, ChartFrame } from './ChartFrame';
import type { Text } from './text';
import { nameOf, optionHeading } from './verdict';

interface Props {
  text: Text;
  matrix: MatrixInput;
  result: MatrixResult;
}

const ROW = 46;
const BAR = 22;
const TOP = 4;
const AXIS = 22;
const TICKS = [0, 25, 50, 75, 100];

export function PointsChart({ text, matrix, result }: Props) {
  const [box, W] = useHolderWidth(400, CHART_WIDTH_BOUNDS);
  const x = (points: number) => 2 + (points / 100) * (W - 6);
  const rows = result.ranking;
  const height = TOP + rows.length * ROW + AXIS;
  return (
    <figure class="sel-figure">
      <figcaption id="sel-points-title" class="sel-figcaption">
        {text.t('chart.title')}
      </figcaption>
      <p id="sel-points-desc" class="muted sel-small">
        {text.t('chart.desc')}
      </p>
      <ChartFrame box={box} width={W} height={height} name="sel-points" titleId="sel-points-title" descId="sel-points-desc">
        {TICKS.map((t) => (
          <g key={t}>
            <line class="sel-grid" x1={x(t)} x2={x(t)} y1={TOP} y2={height - AXIS + 4} />
            <text x={x(t)} y={height - 6} text-anchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'} class="sel-axis">
              {t}
            </text>
          </g>
        ))}
        {rows.map((id, r) => {
          const y = TOP + r * ROW;
          let at = 0;
          return (
            <g key={id}>
              <text x={2} y={y + 13} class="sel-bar-label">
                {`${optionHeading(text, matrix, id)} · ${text.num(result.totals[id] ?? 0)}`}
              </text>
              <rect class="sel-track" x={x(0)} y={y + 18} width={x(100) - x(0)} height={BAR} rx={3} />
              {CRITERIA.map((c, ci) => {
                const p = result.contributions[id]?.[c.id] ?? 0;
                if (p <= 0) return null;
                const x0 = x(at);
                at += p;
                const w = x(at) - x0;
                const label = text.t('chart.segment', {
                  option: nameOf(text, matrix, id),
                  criterion: text.criterionName(c.id),
                  points: text.num(p),
                });
                return (
                  <g key={c.id}>
                    <rect class={`sel-seg sel-c${ci}`} x={x0} y={y + 18} width={w} height={BAR}>
                      <title>{label}</title>
                    </rect>
                    {w >= 15 && (
                      <text x={x0 + w / 2} y={y + 33} text-anchor="middle" class="sel-seg-num" aria-hidden="true">
                        {ci + 1}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </ChartFrame>
      <ul class="sel-legend">
        {CRITERIA.map((c, ci) => (
          <li key={c.id}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <rect class={`sel-c${ci}`} width="12" height="12" rx="2" />
            </svg>
            {ci + 1} {text.criterionName(c.id)}
          </li>
        ))}
      </ul>
      <details class="sel-points-details">
        <summary>{text.t('chart.tableSummary')}</summary>
        <PointsTable text={text} matrix={matrix} result={result} />
      </details>
    </figure>
  );
}

/** The chart's figures; also printed in place of the inputs. */
export function PointsTable({ text, matrix, result, className, printOnly }: Props & { className?: string; printOnly?: boolean }) {
  // The print copy is hidden on screen; only the on-screen copy is a named, focusable region, so the
  // page never has two landmarks with the same name.
  return (
    <div
      class={`table-wrap ${className ?? ''}`}
      tabIndex={printOnly ? undefined : 0}
      role={printOnly ? undefined : 'region'}
      aria-label={printOnly ? undefined : text.t('chart.tableCaption')}
    >
      <table>
        <caption class="sel-caption">{text.t('chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{text.t('scores.criterion')}</th>
            <th scope="col" class="num">
              {text.t('scores.weight')}
            </th>
            {matrix.options.map((o) => (
              <th scope="col" class="num" key={o.id}>
                {optionHeading(text, matrix, o.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CRITERIA.map((c) => (
            <tr key={c.id}>
              <th scope="row">{text.criterionName(c.id)}</th>
              <td class="num">{text.num(result.shares[c.id] ?? 0)}%</td>
              {matrix.options.map((o) => (
                <td class="num" key={o.id}>
                  {text.num(result.contributions[o.id]?.[c.id] ?? 0)} <span class="muted">({text.num(o.scores[c.id] ?? 0)})</span>
                </td>
              ))}
            </tr>
          ))}
          <tr class="sel-total-row">
            <th scope="row">{text.t('result.total')}</th>
            <td class="num">100%</td>
            {matrix.options.map((o) => (
              <td class="num" key={o.id}>
                <strong>{text.num(result.totals[o.id] ?? 0)}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
