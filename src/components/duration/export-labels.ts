// The labels of the estimator's CSV and calendar files, in the page's language. Loaded with the file
// writers, on the first download.
import { PHASE_IDS } from '@/models/duration/defaults';
import type { ExportLabels } from '@/models/duration/export';
import { workdaysLostTo } from '@/models/calendar';
import type { Text } from './text';

export function exportLabels(text: Text): ExportLabels {
  const { t } = text;
  return {
    phase: Object.fromEntries(PHASE_IDS.map((id) => [id, t(`phase.${id}`)])) as ExportLabels['phase'],
    goLive: t('export.goLive'),
    p80: t('export.p80'),
    calendarName: t('export.calendarName'),
    eventDescription: t('export.eventDescription'),
    holidaysMoved: (holidays) => {
      const days = workdaysLostTo(holidays);
      return text.tn('holiday.moves', days, { days, list: text.holidayList(holidays) });
    },
    columns: {
      phase: t('export.col.phase'),
      startWeek: t('export.col.startWeek'),
      lowWeeks: t('export.col.lowWeeks'),
      likelyWeeks: t('export.col.likelyWeeks'),
      highWeeks: t('export.col.highWeeks'),
      startDate: t('export.col.startDate'),
      endDate: t('export.col.endDate'),
    },
    totalRow: t('export.totalRow'),
  };
}

