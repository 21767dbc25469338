// Export, print and share. Files are made in the browser (Blob), so nothing is uploaded; when the
// clipboard is blocked the text is shown for copying by hand.
import { CopyLink } from '@/components/shared/CopyLink';
import type { Text } from './text';

interface Props {
  text: Text;
  empty: boolean;
  status: string;
  fallback: string | null;
  shareUrl: () => Promise<string | null>;
  /** The sheet the link is made from (a link shown goes out of date when it changes). */
  sheet: unknown;
  onCsv: () => void;
  onXlsx: () => void;
  onMarkdown: () => void;
  onMarkdownFile: () => void;
  onPrint: () => void;
}

export function ExportBar({ text, empty, status, fallback, shareUrl, sheet, onCsv, onXlsx, onMarkdown, onMarkdownFile, onPrint }: Props) {
  return (
    <section class="kpi-step kpi-export" aria-labelledby="kpi-export-title">
      <h2 id="kpi-export-title">{text.t('export.heading')}</h2>
      {empty && <p class="muted">{text.t('export.empty')}</p>}
      <div class="btn-row">
        <button type="button" class="btn" id="kpi-xlsx" disabled={empty} onClick={onXlsx}>
          {text.t('export.xlsx')}
        </button>
        <button type="button" class="btn secondary" id="kpi-csv" disabled={empty} onClick={onCsv}>
          {text.t('export.csv')}
        </button>
        <button type="button" class="btn secondary" id="kpi-md" disabled={empty} onClick={onMarkdown}>
          {text.t('export.markdown')}
        </button>
        <button type="button" class="btn secondary" id="kpi-md-file" disabled={empty} onClick={onMarkdownFile}>
          {text.t('export.markdownDownload')}
        </button>
        <button type="button" class="btn secondary" id="kpi-print" disabled={empty} onClick={onPrint} data-action="print">
          {text.t('export.print')}
        </button>
      </div>
      <p class="muted">{text.t('export.csvNote')}</p>
      <p class="kpi-status" role="status" aria-live="polite">
        {status}
      </p>
      <CopyLink
        getUrl={shareUrl}
        id="kpi-share"
        fieldId="kpi-share-url"
        disabled={empty}
        state={sheet}
        strings={{
          copy: text.t('share.copy'),
          copied: text.t('share.copied'),
          manual: text.t('share.copyFailed'),
          field: text.t('share.label'),
          unavailable: text.t('share.tooLong'),
          qr: text.t('share.qr'),
        }}
      />
      {fallback !== null && (
        <textarea class="kpi-fallback" readOnly rows={6} aria-label={text.t('export.copyFailed')} value={fallback} />
      )}
    </section>
  );
}
