// Before the visitor has a sheet: what one looks like (an example judged on today's date, also what
// readers without JavaScript see) and the button that loads it for editing.
import { useMemo } from 'preact/hooks';
import { evaluateSheet, exampleSheet } from '@/models/kpi';
import { loadExample } from '@/stores/kpi';
import type { IslandStrings } from '@/i18n/tools/kpi';
import { Cited } from '@/components/shared/Cited';
import { SheetTable } from './SheetTable';
import { tableRows } from './sheet-table';
import { tr, type Ctx } from './text';

interface Props {
  ctx: Ctx;
  strings: IslandStrings;
  header: readonly string[];
  today: string;
}

export function EmptySheet({ ctx, strings, header, today }: Props) {
  const example = useMemo(() => {
    const ex = exampleSheet(today, (key) => strings[key]);
    return tableRows(ctx, ex, evaluateSheet(ex, today));
  }, [today, ctx]);
  return (
    <div class="kpi-empty">
      <p>{tr(ctx, 'sheet.empty')}</p>
      <h3>{tr(ctx, 'sheet.exampleHeading')}</h3>
      <p class="muted"><Cited text={tr(ctx, 'page.exampleNote')} locale={ctx.locale} /></p>
      <SheetTable ctx={ctx} header={header} rows={example} caption={tr(ctx, 'sheet.exampleHeading')} className="kpi-example" />
      <p class="muted kpi-print-legend">{tr(ctx, 'print.legend')}</p>
      <button type="button" class="btn secondary no-print" id="kpi-load-example" onClick={() => loadExample((k) => strings[k])}>
        {tr(ctx, 'sheet.reset')}
      </button>
    </div>
  );
}
