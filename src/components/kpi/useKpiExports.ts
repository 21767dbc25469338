// The export bar's state: the status line and the text shown for copying by hand. The exports
// themselves load when asked for (kpi-exports.ts).
import { useState } from 'preact/hooks';
import type { KpiSheet, RowResult } from '@/models/kpi';
import type { KpiExport } from './kpi-exports';
import { columnAlign, tableHeader, tableRows } from './sheet-table';
import { type Text } from './text';

export function useKpiExports(text: Text, sheet: KpiSheet, results: RowResult[], today: string) {
  const [outcome, setOutcome] = useState<{ status: string; fallback: string | null }>({ status: '', fallback: null });
  const run = (what: KpiExport) =>
    import('./kpi-exports')
      .then((m) =>
        m.exportSheet(what, {
          header: tableHeader(text),
          rows: tableRows(text, sheet, results),
          align: columnAlign(),
          results,
          today,
          t: (key) => text.t(key),
        }),
      )
      .then((r) => r && setOutcome(r));
  return {
    ...outcome,
    onCsv: () => {
      void run('csv');
      setOutcome((o) => ({ ...o, status: '' }));
    },
    onXlsx: () => run('xlsx'),
    onMarkdown: () => void run('markdown'),
    onMarkdownFile: () => void run('markdown-file'),
  };
}
