// Save, share and print. The share link carries the state in the URL fragment, which browsers never
// send to a server; the CSV is built by the model's pure export function.
import { useState } from 'preact/hooks';
import { tr, type Ctx } from './text';
import type { SelectionExport } from './exports';

const IMAGES = ['points-svg', 'points-png', 'cost-svg', 'cost-png'] as const;

interface Props {
  ctx: Ctx;
  onExport: (what: SelectionExport) => Promise<void>;
  shareUrl: () => string;
  onReset: () => void;
}

export function ExportBar({ ctx, onExport, shareUrl, onReset }: Props) {
  const [shared, setShared] = useState<{ url: string; copied: boolean } | null>(null);
  const share = async () => {
    const url = shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setShared({ url, copied: true });
    } catch {
      setShared({ url, copied: false });
    }
  };
  return (
    <section class="card sel-export tool-form" aria-labelledby="sel-export-h">
      <h2 id="sel-export-h">{tr(ctx, 'export.heading')}</h2>
      <div class="btn-row">
        <button type="button" class="btn" data-action="xlsx" onClick={() => onExport('xlsx')}>
          {tr(ctx, 'export.xlsx')}
        </button>
        <button type="button" class="btn secondary" data-action="csv" onClick={() => onExport('csv')}>
          {tr(ctx, 'export.csv')}
        </button>
        <button type="button" class="btn secondary" onClick={() => window.print()}>
          {tr(ctx, 'export.print')}
        </button>
        <button type="button" class="btn secondary" id="sel-share" onClick={share}>
          {tr(ctx, 'export.share')}
        </button>
        <button
          type="button"
          class="btn danger"
          onClick={() => {
            if (window.confirm(tr(ctx, 'export.resetConfirm'))) onReset();
          }}
        >
          {tr(ctx, 'export.reset')}
        </button>
      </div>
      <p class="muted sel-small">{tr(ctx, 'export.csvNote')}</p>
      <div class="btn-row" role="group" aria-label={tr(ctx, 'export.images')}>
        {IMAGES.map((what) => (
          <button key={what} type="button" class="btn secondary" data-action={what} onClick={() => onExport(what)}>
            {tr(ctx, `export.${what}`)}
          </button>
        ))}
      </div>
      <div role="status">{shared && <p class="sel-status">{tr(ctx, shared.copied ? 'export.shareCopied' : 'export.shareManual')}</p>}</div>
      {shared && (
        <div class="field">
          <label for="sel-share-url">{tr(ctx, 'export.shareLabel')}</label>
          <input
            id="sel-share-url"
            type="text"
            readOnly
            value={shared.url}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          />
        </div>
      )}
    </section>
  );
}
