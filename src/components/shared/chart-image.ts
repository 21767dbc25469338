// Saves an on-screen chart as an SVG or PNG for slides. Loaded with import() when the visitor asks:
// the page does not pay for it. An image carries no stylesheet, so every colour and font the page's
// CSS gives the chart is written onto the copy as a resolved value; the PNG is that SVG drawn onto a
// canvas at twice the size (as a data: URL, which the site's content policy allows for images).
import { frameChart, IMAGE_FONTS, type LegendKey } from '@/models/chart-image/frame';
import { $profile } from '@/stores/profile';
import { download } from './download';

export interface ChartSpec {
  svg: SVGSVGElement;
  title: string;
  /** Legend: a label and the element whose colour the key takes (an SVG shape or an HTML swatch). */
  legend: readonly { label: string; swatch: Element | null }[];
  /** File name without extension. */
  name: string;
  /** The visitor's today, YYYY-MM-DD, shown after the company name. */
  today: string;
}

const PROPS = [
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap', 'paint-order', 'opacity', 'fill-opacity', 'stroke-opacity',
  'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
] as const;

/** Computed url(...) values name the page's address; inside the image only the #id part means anything. */
const localUrl = (value: string) => value.replace(/url\(["']?[^#"')]*(#[^"')]+)["']?\)/g, 'url($1)');

function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i]!;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      target.remove();
      return;
    }
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) target.setAttribute(p, localUrl(v));
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
  });
  copy.removeAttribute('role');
  copy.removeAttribute('aria-labelledby');
  copy.removeAttribute('aria-describedby');
  copy.setAttribute('font-family', IMAGE_FONTS);
  return copy;
}

function keyOf(label: string, swatch: Element | null, fallback: string): LegendKey {
  if (!swatch) return { label, fill: fallback };
  const cs = getComputedStyle(swatch);
  // A pattern fill (the Gantt's hatching) is kept: the chart's <defs> travel inside the image.
  if (swatch instanceof SVGElement) return { label, fill: localUrl(cs.fill), stroke: cs.stroke !== 'none' ? cs.stroke : undefined };
  const bg = cs.backgroundColor;
  const fill = bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : fallback;
  return { label, fill, stroke: cs.borderTopStyle !== 'none' ? cs.borderTopColor : undefined };
}

/**
 * Slides and documents are light, whatever the visitor's screen: while the copy is made, the page's
 * colours are read as the light theme gives them. Synchronous, so the page never paints in between.
 */
function inLightColours<T>(read: () => T): T {
  const root = document.documentElement;
  root.setAttribute('data-light-colours', '');
  try {
    return read();
  } finally {
    root.removeAttribute('data-light-colours');
  }
}

export function chartSvg(spec: ChartSpec): { svg: string; width: number; height: number } {
  return inLightColours(() => framedChart(spec));
}

function framedChart(spec: ChartSpec): { svg: string; width: number; height: number } {
  const page = getComputedStyle(document.body);
  const root = getComputedStyle(document.documentElement);
  const accent = root.getPropertyValue('--accent').trim() || page.color;
  const box = spec.svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : spec.svg.getBoundingClientRect().width;
  const height = box && box.height > 0 ? box.height : spec.svg.getBoundingClientRect().height;
  const copy = inlineStyles(spec.svg);
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // The frame sets where and how large the chart is drawn.
  copy.removeAttribute('width');
  copy.removeAttribute('height');
  const company = $profile.get().companyName.trim();
  return frameChart({
    chart: new XMLSerializer().serializeToString(copy),
    chartWidth: width,
    chartHeight: height,
    title: spec.title,
    byline: [company, spec.today].filter(Boolean).join(' · '),
    legend: spec.legend.map((l) => keyOf(l.label, l.swatch, accent)),
    background: page.backgroundColor && page.backgroundColor !== 'rgba(0, 0, 0, 0)' ? page.backgroundColor : '#ffffff',
    text: page.color,
    muted: root.getPropertyValue('--muted').trim() || page.color,
  });
}

function pngOf(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const g = canvas.getContext('2d');
      if (!g) return reject(new Error('no canvas'));
      g.scale(scale, scale);
      g.drawImage(img, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no png'))), 'image/png');
    };
    img.onerror = () => reject(new Error('svg did not load'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

export async function downloadChart(spec: ChartSpec, format: 'svg' | 'png'): Promise<void> {
  const { svg, width, height } = chartSvg(spec);
  if (format === 'svg') download(`${spec.name}.svg`, 'image/svg+xml;charset=utf-8', svg);
  else download(`${spec.name}.png`, 'image/png', await pngOf(svg, width, height));
}
