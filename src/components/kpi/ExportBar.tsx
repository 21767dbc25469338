// Export, print and share. Files are made in the browser (Blob), so nothing is uploaded; when the
// clipboard is blocked the text is shown for copying by hand.
import { tr, type Ctx } from './text';

interface Props {
  ctx: Ctx;
  empty: boolean;
  status: string;
  fallback: string | null;
  shareUrl: string | null;
  onCsv: () => void;
  onXlsx: () => void;
  onMarkdown: () => void;
  onMarkdownFile: () => void;
  onPrint: () => void;
  onShare: () => void;
}

export function ExportBar({ ctx, empty, status, fallback, shareUrl, onCsv, onXlsx, onMarkdown, onMarkdownFile, onPrint, onShare }: Props) {
  return (
    <section class="kpi-step kpi-export" aria-labelledby="kpi-export-title">
      <h2 id="kpi-export-title">{tr(ctx, 'export.heading')}</h2>
      {empty && <p class="muted">{tr(ctx, 'export.empty')}</p>}
      <div class="btn-row">
        <button type="button" class="btn" id="kpi-xlsx" disabled={empty} onClick={onXlsx}>
          {tr(ctx, 'export.xlsx')}
        </button>
        <button type="button" class="btn secondary" id="kpi-csv" disabled={empty} onClick={onCsv}>
          {tr(ctx, 'export.csv')}
        </button>
        <button type="button" class="btn secondary" id="kpi-md" disabled={empty} onClick={onMarkdown}>
          {tr(ctx, 'export.markdown')}
        </button>
        <button type="button" class="btn secondary" id="kpi-md-file" disabled={empty} onClick={onMarkdownFile}>
          {tr(ctx, 'export.markdownDownload')}
        </button>
        <button type="button" class="btn secondary" id="kpi-print" disabled={empty} onClick={onPrint}>
          {tr(ctx, 'export.print')}
        </button>
        <button type="button" class="btn secondary" id="kpi-share" disabled={empty} onClick={onShare}>
          {tr(ctx, 'share.copy')}
        </button>
      </div>
      <p class="muted">{tr(ctx, 'export.csvNote')}</p>
      <p class="kpi-status" role="status" aria-live="polite">
        {status}
      </p>
      {shareUrl !== null && (
        <div class="field">
          <label for="kpi-share-url">{tr(ctx, 'share.label')}</label>
          <input id="kpi-share-url" type="text" readOnly value={shareUrl} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </div>
      )}
      {fallback !== null && (
        <textarea class="kpi-fallback" readOnly rows={6} aria-label={tr(ctx, 'export.copyFailed')} value={fallback} />
      )}
    </section>
  );
}
