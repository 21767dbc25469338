// Before the visitor has a sheet: what one looks like (an example judged on today's date, also what
// readers without JavaScript see) and the button that loads it for editing. Hidden rather than removed
// while the sheet has rows, so the cited note the build rendered (KeptCited) is there when it empties.
import { useMemo } from 'preact/hooks';
import { evaluateSheet, exampleSheet } from '@/models/kpi';
import { loadExample } from '@/stores/kpi';
import type { IslandStrings } from '@/i18n/tools/kpi';
import { KeptCited } from '@/components/shared/KeptCited';
import { SheetTable } from './SheetTable';
import { tableRows } from './sheet-table';
import { type Text } from './text';

interface Props {
  text: Text;
  strings: IslandStrings;
  header: readonly string[];
  today: string;
  /** False while the sheet has rows. */
  shown: boolean;
}

export function EmptySheet({ text, strings, header, today, shown }: Props) {
  const example = useMemo(() => {
    const ex = exampleSheet(today, (key) => strings[key]);
    return tableRows(text, ex, evaluateSheet(ex, today), 'people');
  }, [today, text]);
  return (
    <div class="kpi-empty" hidden={!shown}>
      <p>{text.t('sheet.empty')}</p>
      <h3>{text.t('sheet.exampleHeading')}</h3>
      <KeptCited class="muted" text={text.t('page.exampleNote')} locale={text.locale} />
      <SheetTable text={text} header={header} rows={example} caption={text.t('sheet.exampleHeading')} className="kpi-example" />
      <p class="muted kpi-print-legend">{text.t('print.legend')}</p>
      <button type="button" class="btn secondary no-print" id="kpi-load-example" onClick={() => loadExample((k) => strings[k])}>
        {text.t('sheet.reset')}
      </button>
    </div>
  );
}
