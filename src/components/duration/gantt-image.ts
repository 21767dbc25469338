// The estimator's Gantt as an image for slides, with its title and legend. Loaded on click.
import { downloadChart } from '@/components/shared/chart-image';
import { todayIso } from '@/models/calendar';
import type { Text } from './text';

export function saveGantt(format: 'svg' | 'png', text: Text): Promise<void> {
  const figure = document.querySelector('.dur-gantt');
  const svg = figure?.querySelector('svg');
  if (!figure || !svg) return Promise.resolve();
  // Keys take their look from the chart's own shapes: a likely bar, a hatched extra, a holiday band.
  const legend = [
    { label: text.t('chart.legendLikely'), swatch: svg.querySelector('rect[fill="var(--accent)"]') },
    { label: text.t('chart.legendHigh'), swatch: svg.querySelector('rect[fill^="url("]') },
  ];
  const holidays = svg.querySelector('.dur-holiday');
  if (holidays) legend.push({ label: text.t('chart.holidays'), swatch: holidays });
  return downloadChart({ svg, title: text.t('chart.title'), legend, name: text.t('export.imageName'), today: todayIso() }, format);
}
