// Adding and removing KPIs: each says what happened in the live region and puts focus where the visitor
// continues (the new row's first field, or the sheet's heading after a removal).
import { useState } from 'preact/hooks';
import { LIMITS, type CustomKpi, type KpiSheet, type SheetRow } from '@/models/kpi';
import { useFocusAfterRender } from '@/components/shared/island-hooks';
import { undoable } from '@/components/shared/tool-extras';
import { $kpiSheet, addCustomKpi, addKpi, addSuggested, removeRow } from '@/stores/kpi';
import { type Text } from './text';

export function useSheetActions(text: Text, sheet: KpiSheet) {
  const [announce, setAnnounce] = useState('');
  const focusNext = useFocusAfterRender();
  const name = (id: string) => text.kpiName(sheet, id);

  return {
    announce,
    setAnnounce,
    name,
    onAdd: (kpiId: string) => {
      const uid = addKpi(kpiId);
      if (!uid) return setAnnounce(text.t('sheet.full', { max: LIMITS.rows }));
      focusNext.current = `kpi-${uid}-baseline`;
      setAnnounce(text.t('sheet.added', { name: name(kpiId) }));
    },
    onAddSuggested: () => {
      const added = addSuggested();
      if (added[0]) focusNext.current = `kpi-${added[0]}-baseline`;
      setAnnounce(text.t('sheet.addedMany', { count: added.length }));
    },
    /** Adds the visitor's own KPI; returns the refusal's code, or null once added. */
    onAddCustom: (input: Omit<CustomKpi, 'id'>) => {
      const r = addCustomKpi(input);
      if (!r.ok) return r.code;
      focusNext.current = `kpi-${r.uid}-baseline`;
      setAnnounce(text.t('sheet.added', { name: input.name.trim() }));
      return null;
    },
    onRemove: (row: SheetRow) => {
      undoable($kpiSheet, () => removeRow(row.uid), 'toast.rowDeleted', { name: name(row.kpiId) });
      focusNext.current = 'kpi-sheet-title';
      setAnnounce(text.t('sheet.removed', { name: name(row.kpiId) }));
    },
  };
}
