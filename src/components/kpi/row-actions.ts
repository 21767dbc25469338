// Adding a KPI from the catalog or one's own, and removing a row: each says what happened in the
// island's live region and puts focus where the visitor continues (the new row's first field, or the
// sheet's heading after a removal) through the island's focusNext, whose effect runs once every part
// has rendered.
import { LIMITS, type CustomKpi, type KpiSheet, type SheetRow } from '@/models/kpi';
import { undoable } from '@/components/shared/tool-extras';
import { $kpiSheet, addKpi } from '@/stores/kpi';
import { addCustomKpi, removeRow } from '@/stores/kpi-edits';
import { type Text } from './text';

export interface SayAndFocus {
  say: (message: string) => void;
  focusNext: { current: string | null };
}

export function rowActions(text: Text, sheet: KpiSheet, { say, focusNext }: SayAndFocus) {
  const name = (id: string) => text.kpiName(sheet, id);
  return {
    onAdd: (kpiId: string) => {
      const uid = addKpi(kpiId);
      if (!uid) return say(text.t('sheet.full', { max: LIMITS.rows }));
      focusNext.current = `kpi-${uid}-baseline`;
      say(text.t('sheet.added', { name: name(kpiId) }));
    },
    /** Adds the visitor's own KPI; returns the refusal's code, or null once added. */
    onAddCustom: (input: Omit<CustomKpi, 'id'>) => {
      const r = addCustomKpi(input);
      if (!r.ok) return r.code;
      focusNext.current = `kpi-${r.uid}-baseline`;
      say(text.t('sheet.added', { name: input.name.trim() }));
      return null;
    },
    onRemove: (row: SheetRow) => {
      undoable($kpiSheet, () => removeRow(row.uid), 'toast.rowDeleted', { name: name(row.kpiId) });
      focusNext.current = 'kpi-sheet-title';
      say(text.t('sheet.removed', { name: name(row.kpiId) }));
    },
  };
}
