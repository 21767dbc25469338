// Before the visitor has a sheet: what one looks like (an example judged on today's date, also what
// readers without JavaScript see) and the button that loads it for editing.
import { useMemo } from 'preact/hooks';
import { evaluateSheet, exampleSheet } from '@/models/kpi';
import { loadExample } from '@/stores/kpi';
import type { IslandStrings } from '@/i18n/tools/kpi';
import { Cited } from '@/components/shared/Cited';
import { SheetTable } from './SheetTable';
import { tableRows } from './sheet-table';
import { type Text } from './text';

interface Props {
  text: Text;
  strings: IslandStrings;
  header: readonly string[];
  today: string;
}

export function EmptySheet({ text, strings, header, today }: Props) {
  const example = useMemo(() => {
    const ex = exampleSheet(today, (key) => strings[key]);
    return tableRows(text, ex, evaluateSheet(ex, today), 'people');
  }, [today, text]);
  return (
    <div class="kpi-empty">
      <p>{text.t('sheet.empty')}</p>
      <h3>{text.t('sheet.exampleHeading')}</h3>
      <p class="muted"><Cited text={text.t('page.exampleNote')} locale={text.locale} /></p>
      <SheetTable text={text} header={header} rows={example} caption={text.t('sheet.exampleHeading')} className="kpi-example" />
      <p class="muted kpi-print-legend">{text.t('print.legend')}</p>
      <button type="button" class="btn secondary no-print" id="kpi-load-example" onClick={() => loadExample((k) => strings[k])}>
        {text.t('sheet.reset')}
      </button>
    </div>
  );
}
