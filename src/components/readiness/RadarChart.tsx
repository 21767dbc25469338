// A radar chart of the six dimension scores. It is an image with a spoken summary; the table next
// to it (DimensionTable) carries the same figures for anyone who cannot see it.
import { DIMENSIONS, type Dimension } from '@/models/readiness';
import type { Text } from './text';

// Wide enough for the longest label ("Technology 100") beside the hexagon at 320 px screens.
const SIZE = { w: 440, h: 300 };
const CENTER = { x: 220, y: 150 };
const RADIUS = 90;
const RINGS = [25, 50, 75, 100];

function point(index: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / DIMENSIONS.length;
  const r = (RADIUS * value) / 100;
  return [CENTER.x + r * Math.cos(angle), CENTER.y + r * Math.sin(angle)];
}

const path = (values: number[]) =>
  values.map((v, i) => point(i, v).map((n) => n.toFixed(1)).join(',')).join(' ');

export function RadarChart({ scores, text }: { scores: Record<Dimension, number>; text: Text }) {
  const { t, num } = text;
  const summary = DIMENSIONS.map((d) => `${t(`dimension.${d}`)} ${num(scores[d])}`).join(', ');
  return (
    <svg
      class="chart rd-radar"
      viewBox={`0 0 ${SIZE.w} ${SIZE.h}`}
      role="img"
      aria-labelledby="rd-radar-title"
      aria-describedby="rd-radar-desc"
    >
      <title id="rd-radar-title">{t('chart.title')}</title>
      <desc id="rd-radar-desc">{t('chart.label', { summary })}</desc>
      {RINGS.map((ring) => (
        <polygon key={ring} class="rd-radar-grid" points={path(DIMENSIONS.map(() => ring))} />
      ))}
      {DIMENSIONS.map((d, i) => {
        const [x, y] = point(i, 100);
        return <line key={d} class="rd-radar-axis" x1={CENTER.x} y1={CENTER.y} x2={x} y2={y} />;
      })}
      <polygon class="rd-radar-area" points={path(DIMENSIONS.map((d) => scores[d]))} />
      {DIMENSIONS.map((d, i) => {
        const [x, y] = point(i, scores[d]);
        return <circle key={d} class="rd-radar-dot" cx={x} cy={y} r="4" />;
      })}
      {DIMENSIONS.map((d, i) => {
        const [x, y] = point(i, 120);
        const anchor = Math.abs(x - CENTER.x) < 1 ? 'middle' : x > CENTER.x ? 'start' : 'end';
        const dy = y < CENTER.y - 50 ? -4 : y > CENTER.y + 50 ? 12 : 4;
        return (
          <text key={d} x={x} y={y + dy} text-anchor={anchor} class="rd-radar-label">
            {t(`dimension.${d}`)} <tspan class="rd-radar-value">{num(scores[d])}</tspan>
          </text>
        );
      })}
    </svg>
  );
}

export function DimensionTable({ scores, text }: { scores: Record<Dimension, number>; text: Text }) {
  const { t, num } = text;
  return (
    <div class="table-wrap">
      <table class="rd-dim-table">
        <caption class="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.dimension')}</th>
            <th scope="col" class="num">
              {t('table.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row">{t(`dimension.${d}`)}</th>
              <td class="num">
                <span class="rd-bar" aria-hidden="true">
                  <span style={{ width: `${scores[d]}%` }} />
                </span>
                {num(scores[d])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
