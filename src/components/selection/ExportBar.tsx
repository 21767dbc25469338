// Save, share and print. The share link carries the state in the URL fragment, which browsers never
// send to a server; the CSV is built by the model's pure export function.
import { useState } from 'preact/hooks';
import { tr, type Ctx } from './text';

interface Props {
  ctx: Ctx;
  onCsv: () => void;
  shareUrl: () => string;
  onReset: () => void;
}

export function ExportBar({ ctx, onCsv, shareUrl, onReset }: Props) {
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
        <button type="button" class="btn" onClick={onCsv}>
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
          onClick={onReset}
        >
          {tr(ctx, 'export.reset')}
        </button>
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
