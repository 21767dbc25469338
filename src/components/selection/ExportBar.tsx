// Save, share and print. The share link carries the state in the URL fragment, which browsers never
// send to a server; the CSV is built by the model's pure export function.
import { CopyLink } from '@/components/shared/CopyLink';
import type { Text } from './text';
import type { SelectionExport } from './exports';

const IMAGES = ['points-svg', 'points-png', 'cost-svg', 'cost-png'] as const;

interface Props {
  text: Text;
  onExport: (what: SelectionExport) => Promise<void>;
  shareUrl: () => Promise<string>;
  /** The answers a link is made from: a link already shown goes when they change. */
  state: unknown;
  /** Some field holds what the model refused: the link carries the last valid entries instead. */
  stale: boolean;
  onReset: () => void;
}

export function ExportBar({ text, onExport, shareUrl, onReset, state, stale }: Props) {
  return (
    <section class="card sel-export tool-form" aria-labelledby="sel-export-h">
      <h2 id="sel-export-h">{text.t('export.heading')}</h2>
      <div class="btn-row">
        <button type="button" class="btn" data-action="xlsx" onClick={() => onExport('xlsx')}>
          {text.t('export.xlsx')}
        </button>
        <button type="button" class="btn secondary" data-action="csv" onClick={() => onExport('csv')}>
          {text.t('export.csv')}
        </button>
        <button type="button" class="btn secondary" onClick={() => window.print()} data-action="print">
          {text.t('export.print')}
        </button>
        <button
          type="button"
          class="btn danger"
          onClick={onReset}
        >
          {text.t('export.reset')}
        </button>
      </div>
      <p class="muted sel-small">{text.t('export.csvNote')}</p>
      <div class="btn-row" role="group" aria-label={text.t('export.images')}>
        {IMAGES.map((what) => (
          <button key={what} type="button" class="btn secondary" data-action={what} onClick={() => onExport(what)}>
            {text.t(`export.${what}`)}
          </button>
        ))}
      </div>
      <CopyLink
        getUrl={shareUrl}
        id="sel-share"
        fieldId="sel-share-url"
        state={state}
        strings={{
          copy: text.t('export.share'),
          copied: text.t(stale ? 'export.shareCopiedStale' : 'export.shareCopied'),
          manual: text.t('export.shareManual'),
          field: text.t('export.shareLabel'),
          qr: text.t('export.shareQr'),
        }}
      />
    </section>
  );
}
