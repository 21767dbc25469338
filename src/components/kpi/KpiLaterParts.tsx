// The KPI builder's parts below its first screen, each loaded by the island with LoadLater: the catalog
// with the form for one's own KPI, the sheet's editor (nothing while the sheet is empty: the island shows
// the example then), and the export bar. One module, so their code arrives in one file.
import type { KpiSheet, RowResult } from '@/models/kpi';
import { useHandler } from '@/components/shared/memo';
import { undoable } from '@/components/shared/tool-extras';
import { $kpiSheet } from '@/stores/kpi';
import { clearSheet, kpiShareUrl } from '@/stores/kpi-edits';
import { rowActions, type SayAndFocus } from './row-actions';
import { Catalog } from './Catalog';
import { CustomKpiForm } from './CustomKpiForm';
import { ExportBar } from './ExportBar';
import { PrintedSheet } from './PrintedSheet';
import { SheetEditor } from './SheetEditor';
import { tableRows } from './sheet-table';
import type { Text } from './text';
import { useKpiExports } from './useKpiExports';
import { useSheetEditing } from './useSheetEditing';

export interface CatalogPartProps {
  text: Text;
  sheet: KpiSheet;
  inSheet: string;
  full: boolean;
  island: SayAndFocus;
}

export function CatalogPart({ text, sheet, inSheet, full, island }: CatalogPartProps) {
  const act = rowActions(text, sheet, island);
  // The catalog's cards re-render only when a KPI is added or removed (memo): its handler keeps its identity.
  const onAdd = useHandler(act.onAdd);
  const onAddCustom = useHandler(act.onAddCustom);
  return (
    <>
      <Catalog text={text} inSheet={inSheet} full={full} onAdd={onAdd} />
      <CustomKpiForm text={text} onAdd={onAddCustom} />
    </>
  );
}

export interface SheetPartProps {
  text: Text;
  sheet: KpiSheet;
  results: RowResult[];
  today: string;
  header: readonly string[];
  summary: string;
  name: (kpiId: string) => string;
  island: SayAndFocus;
}

export function SheetPart({ text, sheet, results, today, header, summary, name, island }: SheetPartProps) {
  const { onRemove } = rowActions(text, sheet, island);
  // Here rather than in the editor, which leaves when the sheet is cleared: an undone "clear" brings
  // the rows back in the groups they were in.
  const editing = useSheetEditing(results, today);
  if (sheet.rows.length === 0) return null;
  return (
    <>
      <p class="kpi-summary no-print" data-testid="summary">
        {summary}
      </p>
      <p class="muted no-print">{text.t('sheet.intro')}</p>
      <SheetEditor text={text} sheet={sheet} results={results} today={today} editing={editing} name={name} onRemove={onRemove} />
      <PrintedSheet text={text} sheet={sheet} results={results} header={header} rows={tableRows(text, sheet, results, 'people')} name={name} />
      <div class="btn-row no-print">
        <button type="button" class="btn secondary" onClick={() => undoable($kpiSheet, clearSheet, 'toast.reset')}>
          {text.t('sheet.clear')}
        </button>
      </div>
    </>
  );
}

export interface ExportPartProps {
  text: Text;
  sheet: KpiSheet;
  /** The saved sheet, which a share link carries. */
  storedSheet: KpiSheet;
  results: RowResult[];
  today: string;
}

export function ExportPart({ text, sheet, storedSheet, results, today }: ExportPartProps) {
  const exports = useKpiExports(text, sheet, results, today);
  return (
    <div class="no-print">
      <ExportBar
        text={text}
        empty={sheet.rows.length === 0}
        status={exports.status}
        fallback={exports.fallback}
        shareUrl={() => kpiShareUrl(location)}
        sheet={storedSheet}
        onCsv={exports.onCsv}
        onXlsx={exports.onXlsx}
        onMarkdown={exports.onMarkdown}
        onMarkdownFile={exports.onMarkdownFile}
        onPrint={() => window.print()}
      />
    </div>
  );
}
