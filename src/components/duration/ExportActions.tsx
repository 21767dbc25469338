// Share link, calendar and CSV downloads, print and reset. Files are built by pure functions of the
// model and handed to the browser as a Blob: nothing leaves the page.
import { useState } from 'preact/hooks';
import { PHASE_IDS } from '@/models/duration/defaults';
import type { DurationEstimate } from '@/models/duration/types';
import type { ExportLabels } from '@/models/duration/export';
import type { Text } from './text';

interface Props {
  estimate: DurationEstimate;
  text: Text;
  shareUrl: () => Promise<string>;
  onReset: () => void;
}

export function exportLabels(text: Text): ExportLabels {
  const { t } = text;
  return {
    phase: Object.fromEntries(PHASE_IDS.map((id) => [id, t(`phase.${id}`)])) as ExportLabels['phase'],
    goLive: t('export.goLive'),
    p80: t('export.p80'),
    calendarName: t('export.calendarName'),
    eventDescription: t('export.eventDescription'),
    holidaysMoved: (holidays) =>
      t('holiday.moves', { days: holidays.reduce((n, h) => n + h.workdaysLost, 0), list: text.holidayList(holidays) }),
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

// The file writers load on first use: most visitors never download, so they do not pay for them.
const exporters = () => Promise.all([import('@/models/duration/export'), import('@/components/shared/download')]);


export function ExportActions({ estimate, text, shareUrl, onReset }: Props) {
  const { t } = text;
  const [status, setStatus] = useState<'' | 'copied' | 'failed' | 'reset'>('');
  const [link, setLink] = useState('');
  const dated = estimate.goLiveDate !== undefined;

  const copy = async () => {
    const url = await shareUrl();
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section class="dur-actions no-print" aria-labelledby="dur-actions-title">
      <h3 id="dur-actions-title">{t('action.heading')}</h3>
      <div class="btn-row">
        <button type="button" class="btn" onClick={copy} data-action="share">
          {t('action.copyLink')}
        </button>
        <button
          type="button"
          class="btn secondary"
          disabled={!dated}
          aria-describedby={dated ? undefined : 'dur-ics-hint'}
          onClick={async () => {
            const [{ milestonesIcs }, { download }] = await exporters();
            download('crm-milestones.ics', 'text/calendar;charset=utf-8', milestonesIcs(estimate, exportLabels(text), new Date()));
          }}
          data-action="ics"
        >
          {t('action.downloadIcs')}
        </button>
        <button
          type="button"
          class="btn secondary"
          onClick={async () => {
            const [{ phaseTableCsv }, { download }] = await exporters();
            download('crm-phases.csv', 'text/csv;charset=utf-8', phaseTableCsv(estimate, exportLabels(text)));
          }}
          data-action="csv"
        >
          {t('action.downloadCsv')}
        </button>
        {(['svg', 'png'] as const).map((f) => (
          <button key={f} type="button" class="btn secondary" onClick={() => import('./gantt-image').then((m) => m.saveGantt(f, text))} data-action={f}>
            {t(`action.download.${f}`)}
          </button>
        ))}
        <button type="button" class="btn secondary" onClick={() => window.print()} data-action="print">
          {t('action.print')}
        </button>
        <button
          type="button"
          class="btn secondary"
          onClick={() => {
            onReset();
            setStatus('reset');
          }}
          data-action="reset"
        >
          {t('action.reset')}
        </button>
      </div>
      <p class="muted">{t('action.csvNote')}</p>
      {!dated && (
        <p class="muted" id="dur-ics-hint">
          {t('action.icsNeedsDate')}
        </p>
      )}
      <div role="status" class="dur-action-status">
        {status === 'copied' && <p>{t('action.linkCopied')}</p>}
        {status === 'reset' && <p>{t('action.resetDone')}</p>}
      </div>
      {status === 'failed' && (
        <div class="field">
          <label for="dur-share-link">{t('action.copyFailed')}</label>
          <input id="dur-share-link" type="text" readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </div>
      )}
    </section>
  );
}
