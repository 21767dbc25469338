// The selection tool's downloads: CSV, the workbook and the two charts as images. Loaded on the first
// click, so a visit that never downloads does not pay for any of it.
import { CRITERIA, matrixCsv, matrixXlsxSheets, type MatrixResult, type MatrixXlsxLabels, type TcoResult } from '@/models/matrix';
import type { SelectionState } from '@/models/matrix';
import { todayIso } from '@/models/calendar';
import { download } from '@/components/shared/download';
import { downloadChart } from '@/components/shared/chart-image';
import { criterionName, letter, optionName, tr, type Ctx } from './text';

export type SelectionExport = 'csv' | 'xlsx' | `${'points' | 'cost'}-${'svg' | 'png'}`;

function labels(ctx: Ctx, state: SelectionState): MatrixXlsxLabels {
  return {
    criterion: tr(ctx, 'csv.criterion'),
    weight: tr(ctx, 'csv.weight'),
    share: tr(ctx, 'csv.share'),
    total: tr(ctx, 'csv.total'),
    rank: tr(ctx, 'csv.rank'),
    cost: tr(ctx, 'csv.cost'),
    year: ctx.s['csv.year'],
    costTotal: tr(ctx, 'csv.costTotal'),
    criteria: Object.fromEntries(CRITERIA.map((c) => [c.id, criterionName(ctx, c.id)])),
    options: Object.fromEntries(state.matrix.options.map((o, i) => [o.id, optionName(ctx, o, i)])),
    matrixSheet: tr(ctx, 'xlsx.matrixSheet'),
    costSheet: tr(ctx, 'xlsx.costSheet'),
    note: tr(ctx, 'xlsx.note'),
  };
}

function chart(ctx: Ctx, state: SelectionState, which: 'points' | 'cost', format: 'svg' | 'png'): Promise<void> {
  const svg = document.querySelector<SVGSVGElement>(which === 'points' ? 'svg.sel-points' : 'svg.sel-cost-chart');
  if (!svg) return Promise.resolve();
  const legend =
    which === 'points'
      ? CRITERIA.map((c, i) => ({ label: `${i + 1} ${criterionName(ctx, c.id)}`, swatch: document.querySelector(`.sel-legend .sel-c${i}`) }))
      : state.matrix.options.map((o, i) => ({ label: `${letter(i)} · ${optionName(ctx, o, i)}`, swatch: svg.querySelector(`.sel-o${i}`) }));
  const title = tr(ctx, which === 'points' ? 'chart.title' : 'cost.chartTitle');
  return downloadChart({ svg, title, legend, name: tr(ctx, which === 'points' ? 'xlsx.pointsImage' : 'xlsx.costImage'), today: todayIso() }, format);
}

export async function saveSelection(what: SelectionExport, ctx: Ctx, state: SelectionState, result: MatrixResult, tco: TcoResult): Promise<void> {
  const name = ctx.s['export.filename'];
  if (what === 'csv') return download(`${name}.csv`, 'text/csv;charset=utf-8', matrixCsv(state.matrix, result, labels(ctx, state), tco));
  if (what === 'xlsx') {
    const { downloadXlsx } = await import('@/components/shared/xlsx-file');
    return downloadXlsx(`${name}.xlsx`, matrixXlsxSheets(state.matrix, labels(ctx, state), tco));
  }
  const [which, format] = what.split('-') as ['points' | 'cost', 'svg' | 'png'];
  return chart(ctx, state, which, format);
}
