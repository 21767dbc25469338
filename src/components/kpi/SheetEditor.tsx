// The sheet as the visitor edits it: one card per KPI, grouped by term (short, mid, long).
import type { Horizon, KpiSheet, RowResult, SheetRow } from '@/models/kpi';
import { updateRow } from '@/stores/kpi-edits';
import { RowEditor } from './RowEditor';
import { HORIZON_ORDER } from './sheet-table';
import { type Text } from './text';
import type { useSheetEditing } from './useSheetEditing';

const GROUPS = HORIZON_ORDER.filter((g): g is Horizon => g !== 'incomplete');

interface Props {
  text: Text;
  sheet: KpiSheet;
  results: RowResult[];
  today: string;
  editing: ReturnType<typeof useSheetEditing>;
  name: (kpiId: string) => string;
  onRemove: (row: SheetRow) => void;
}

export function SheetEditor({ text, sheet, results, today, editing, name, onRemove }: Props) {
  return (
    <div class="kpi-editor no-print">
      {GROUPS.map((g) => {
        const rows = sheet.rows.map((row, i) => ({ row, i })).filter(({ row, i }) => editing.groupOf(row, i) === g);
        if (rows.length === 0) return null;
        return (
          <section key={g} class="kpi-group" data-group={g} aria-labelledby={`kpi-group-${g}`}>
            <h3 id={`kpi-group-${g}`}>{text.t(`sheet.group.${g}`)}</h3>
            <p class="muted">{text.t(`sheet.group.${g}.hint`)}</p>
            {rows.map(({ row, i }) => (
              <div key={row.uid} onFocusIn={() => editing.freeze(row.uid, g)} onFocusOut={(e) => editing.thaw(row.uid, e as FocusEvent)}>
                <RowEditor
                  text={text}
                  name={name(row.kpiId)}
                  custom={sheet.customKpis.some((c) => c.id === row.kpiId)}
                  row={row}
                  result={results[i]!}
                  today={today}
                  touched={editing.touchedOf(row.uid)}
                  onTouch={(f) => editing.touch(row.uid, f)}
                  onChange={(f, v) => updateRow(row.uid, f, v)}
                  onRemove={() => onRemove(row)}
                />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
