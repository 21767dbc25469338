// What the KPI island itself does: its live region, the KPIs' names, adding every suggested KPI, and
// where focus goes after the parts below have rendered (row-actions.ts adds and removes single rows).
import { useState } from 'preact/hooks';
import type { KpiSheet } from '@/models/kpi';
import { useFocusAfterRender } from '@/components/shared/island-hooks';
import { addSuggested } from '@/stores/kpi';
import { type Text } from './text';

export function useSheetActions(text: Text, sheet: KpiSheet) {
  const [announce, setAnnounce] = useState('');
  const focusNext = useFocusAfterRender();
  const name = (id: string) => text.kpiName(sheet, id);

  return {
    announce,
    setAnnounce,
    focusNext,
    name,
    onAddSuggested: () => {
      const added = addSuggested();
      if (added[0]) focusNext.current = `kpi-${added[0]}-baseline`;
      setAnnounce(text.t('sheet.addedMany', { count: added.length }));
    },
  };
}
