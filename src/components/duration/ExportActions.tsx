// Share link, calendar and CSV downloads, print and reset. Files are built by pure functions of the
// model and handed to the browser as a Blob: nothing leaves the page.
import { useState } from 'preact/hooks';
import { CopyLink } from '@/components/shared/CopyLink';
import type { DurationEstimate } from '@/models/duration/types';
import type { Text } from './text';

interface Props {
  estimate: DurationEstimate;
  text: Text;
  shareUrl: () => Promise<string>;
  onReset: () => void;
  /** An answer is refused: a link carries the last valid answers instead, and says so. */
  stale: boolean;
}

// The file writers load on first use: most visitors never download, so they do not pay for them.
// Their labels come with them.
const exporters = () => Promise.all([import('@/models/duration/export'), import('@/components/shared/download'), import('./export-labels')]);


export function ExportActions({ estimate, text, shareUrl, onReset, stale }: Props) {
  const { t } = text;
  const [status, setStatus] = useState<'' | 'reset'>('');
  const dated = estimate.goLiveDate !== undefined;

  return (
    <section class="dur-actions no-print" aria-labelledby="dur-actions-title">
      <h3 id="dur-actions-title">{t('action.heading')}</h3>
      <CopyLink
        getUrl={shareUrl}
        id="dur-share"
        fieldId="dur-share-link"
        primary
        buttonProps={{ 'data-action': 'share' }}
        state={estimate}
        strings={{ copy: t('action.copyLink'), copied: t(stale ? 'action.linkCopiedStale' : 'action.linkCopied'), manual: t('action.copyFailed'), field: t('action.linkLabel'), qr: t('action.showQr') }}
      />
      <div class="btn-row">
        <button
          type="button"
          class="btn secondary"
          disabled={!dated}
          aria-describedby={dated ? undefined : 'dur-ics-hint'}
          onClick={async () => {
            const [{ milestonesIcs }, { download }, { exportLabels }] = await exporters();
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
            const [{ phaseTableCsv }, { download }, { exportLabels }] = await exporters();
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
        {status === 'reset' && <p>{t('action.resetDone')}</p>}
      </div>
    </section>
  );
}
