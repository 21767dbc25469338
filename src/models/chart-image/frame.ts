// A chart made ready for a slide: the chart's own SVG placed in a frame with a title, a line naming the
// company and the date, and a legend of coloured keys. Pure string building (no DOM), so the layout and
// the escaping are unit-tested; the browser side only serialises the on-screen chart and rasterises.

export interface LegendKey {
  label: string;
  /** Resolved colours (rgb(...) or #hex): an image has no stylesheet to look CSS variables up in. */
  fill: string;
  stroke?: string;
}

export interface FrameInput {
  /** The chart as serialised SVG markup (an <svg> element), already free of CSS variables. */
  chart: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  /** Company name and date, e.g. "ACME · 2026-06-15"; left out when empty. */
  byline: string;
  legend: readonly LegendKey[];
  background: string;
  text: string;
  muted: string;
}

/** Fonts an image falls back to: the system's UI font, then the usual Chinese fonts on each platform. */
export const IMAGE_FONTS =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', Arial, sans-serif";

const PAD = 24;
const TITLE = 20;
const BYLINE = 13;
const KEY = 12;
const LEGEND_FONT = 13;
const LEGEND_ROW = 22;

export function escapeXml(text: string): string {
  // Control characters other than tab and line breaks are not allowed in XML at all.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough width of a label: CJK characters are about one em wide, Latin about half of one. */
export function textWidth(label: string, size: number): number {
  let w = 0;
  for (const ch of label) w += /[\u2e80-\uffef]/.test(ch) ? size : size * 0.58;
  return w;
}

/** Legend keys flowed into rows that fit the width. */
export function legendRows(legend: readonly LegendKey[], width: number): { key: LegendKey; x: number; row: number }[] {
  const out: { key: LegendKey; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const key of legend) {
    const w = KEY + 6 + textWidth(key.label, LEGEND_FONT) + 18;
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    out.push({ key, x, row });
    x += w;
  }
  return out;
}

export function frameChart(input: FrameInput): { svg: string; width: number; height: number } {
  const width = Math.max(Math.ceil(input.chartWidth) + 2 * PAD, 360);
  const inner = width - 2 * PAD;
  let y = PAD + TITLE;
  const parts: string[] = [];
  parts.push(`<text x="${PAD}" y="${y}" font-size="${TITLE}" font-weight="700" fill="${input.text}">${escapeXml(input.title)}</text>`);
  if (input.byline) {
    y += 8 + BYLINE;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${BYLINE}" fill="${input.muted}">${escapeXml(input.byline)}</text>`);
  }
  y += 14;
  const chartY = y;
  // The chart keeps its own coordinates: nested <svg> with its viewBox, placed below the title.
  const chart = input.chart.replace(/^<svg\b/, `<svg x="${PAD}" y="${chartY}" width="${input.chartWidth}" height="${input.chartHeight}"`);
  y += input.chartHeight + 16;
  const keys = legendRows(input.legend, inner);
  for (const { key, x, row } of keys) {
    const ky = y + row * LEGEND_ROW;
    const stroke = key.stroke ? ` stroke="${key.stroke}" stroke-width="1"` : '';
    parts.push(
      `<g><rect x="${PAD + x}" y="${ky}" width="${KEY}" height="${KEY}" rx="2" fill="${key.fill}"${stroke}/>` +
        `<text x="${PAD + x + KEY + 6}" y="${ky + KEY - 1}" font-size="${LEGEND_FONT}" fill="${input.text}">${escapeXml(key.label)}</text></g>`,
    );
  }
  const rows = keys.length ? (keys.at(-1)!.row + 1) : 0;
  const height = Math.ceil(y + rows * LEGEND_ROW + PAD - (rows ? 8 : 16));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(IMAGE_FONTS)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="${input.background}"/>` +
    parts.slice(0, input.byline ? 2 : 1).join('') +
    chart +
    parts.slice(input.byline ? 2 : 1).join('') +
    `</svg>`;
  return { svg, width, height };
}
