// The selection tool's downloads: CSV, the workbook and the two charts as images. Loaded on the first
// click, so a visit that never downloads does not pay for any of it.
import { CRITERIA, matrixCsv, matrixXlsxSheets, type MatrixResult, type MatrixXlsxLabels, type TcoResult } from '@/models/matrix';
import type { SelectionState } from '@/models/matrix';
import { todayIso } from '@/models/calendar';
import { download } from '@/components/shared/download';
import { downloadChart } from '@/components/shared/chart-image';
import type { Text } from './text';
import { optionHeading } from './verdict';

export type SelectionExport = 'csv' | 'xlsx' | `${'points' | 'cost'}-${'svg' | 'png'}`;

function labels(text: Text, state: SelectionState): MatrixXlsxLabels {
  return {
    criterion: text.t('csv.criterion'),
    weight: text.t('csv.weight'),
    share: text.t('csv.share'),
    total: text.t('csv.total'),
    rank: text.t('csv.rank'),
    cost: text.t('csv.cost'),
    year: text.s['csv.year'],
    costTotal: text.t('csv.costTotal'),
    criteria: Object.fromEntries(CRITERIA.map((c) => [c.id, text.criterionName(c.id)])),
    options: Object.fromEntries(state.matrix.options.map((o, i) => [o.id, text.optionName(o, i)])),
    matrixSheet: text.t('xlsx.matrixSheet'),
    costSheet: text.t('xlsx.costSheet'),
    note: text.t('xlsx.note'),
  };
}

function chart(text: Text, state: SelectionState, which: 'points' | 'cost', format: 'svg' | 'png'): Promise<void> {
  const svg = document.querySelector<SVGSVGElement>(which === 'points' ? 'svg.sel-points' : 'svg.sel-cost-chart');
  if (!svg) return Promise.resolve();
  const legend =
    which === 'points'
      ? CRITERIA.map((c, i) => ({ label: `${i + 1} ${text.criterionName(c.id)}`, swatch: document.querySelector(`.sel-legend .sel-c${i}`) }))
      : state.matrix.options.map((o, i) => ({ label: optionHeading(text, state.matrix, o.id), swatch: svg.querySelector(`.sel-o${i}`) }));
  const title = text.t(which === 'points' ? 'chart.title' : 'cost.chartTitle');
  return downloadChart({ svg, title, legend, name: text.t(which === 'points' ? 'xlsx.pointsImage' : 'xlsx.costImage'), today: todayIso() }, format);
}

export async function saveSelection(what: SelectionExport, text: Text, state: SelectionState, result: MatrixResult, tco: TcoResult): Promise<void> {
  const name = text.s['export.filename'];
  if (what === 'csv') return download(`${name}.csv`, 'text/csv;charset=utf-8', matrixCsv(state.matrix, result, labels(text, state), tco));
  if (what === 'xlsx') {
    const { downloadXlsx } = await import('@/components/shared/xlsx-file');
    return downloadXlsx(`${name}.xlsx`, matrixXlsxSheets(state.matrix, labels(text, state), tco));
  }
  const [which, format] = what.split('-') as ['points' | 'cost', 'svg' | 'png'];
  return chart(text, state, which, format);
}
