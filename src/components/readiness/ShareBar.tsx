// Share link and print. The link carries the answers in the URL fragment, which never reaches a
// server; copying, the hand-copy field and the QR code are the shared CopyLink.
import { CopyLink } from '@/components/shared/CopyLink';
import type { Text } from './text';

interface Props {
  text: Text;
  notices: { copyLink: string; linkCopied: string; print: string; showQr: string };
  shareUrl: () => Promise<string | null>;
  /** The answers a link is made from: a link already shown goes when they change. */
  state: unknown;
}

export function ShareBar({ text, notices, shareUrl, state }: Props) {
  return (
    <div class="rd-share no-print">
      <h3>{text.t('share.heading')}</h3>
      <CopyLink
        getUrl={shareUrl}
        id="rd-share"
        fieldId="rd-share-url"
        buttonProps={{ 'data-share': true }}
        state={state}
        strings={{ copy: notices.copyLink, copied: notices.linkCopied, field: text.t('share.fallback'), qr: notices.showQr }}
      />
      <div class="btn-row">
        <button type="button" class="btn secondary" onClick={() => window.print()} data-action="print">
          {notices.print}
        </button>
      </div>
    </div>
  );
}
