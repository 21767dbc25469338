// What the KPI island shows: the saved sheet, its results and today once the page is live; until then
// an empty sheet judged on the build date, exactly what the build rendered, so hydration never meets
// foreign markup.
import { useStore } from '@/components/shared/use-store';
import { todayIso } from '@/models/calendar';
import { EMPTY_SHEET, type KpiSheet, type RowResult } from '@/models/kpi';
import { $storageAvailable } from '@/stores/storage-engine';
import { useShareLink } from '@/components/shared/tool-extras';
import { $kpiResults, $kpiSheet, $kpiToday } from '@/stores/kpi';

export function useKpiView(buildToday: string) {
  const storedSheet = useStore($kpiSheet);
  const storedResults = useStore($kpiResults);
  const storedToday = useStore($kpiToday);
  const storageOk = useStore($storageAvailable);
  const mounted = useShareLink('kpi', '.kpi', () => $kpiToday.set(todayIso()));
  const sheet: KpiSheet = mounted ? storedSheet : EMPTY_SHEET;
  const results: RowResult[] = mounted ? storedResults : [];
  return { mounted, storedSheet, sheet, results, today: mounted ? storedToday : buildToday, storageOk };
}
