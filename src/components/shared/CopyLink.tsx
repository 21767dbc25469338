// "Copy link" and "QR code": the two buttons are all a page carries; what they do (making the link,
// the clipboard, the hand-copy field, the QR dialog) loads on the first click (CopyLinkView), which then
// carries out that click. Every tool page stays within its script budget.
import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { CopyLinkProps } from './CopyLinkView';
export type { CopyLinkStrings } from './CopyLinkView';

type View = ComponentType<CopyLinkProps & { firstAction: 'copy' | 'qr' }>;

export function CopyLink(props: CopyLinkProps) {
  const [started, setStarted] = useState<{ View: View; action: 'copy' | 'qr' } | null>(null);
  if (started) return <started.View {...props} firstAction={started.action} />;
  const start = (action: 'copy' | 'qr') => void import('./CopyLinkView').then((m) => setStarted({ View: m.CopyLink, action }));
  const { strings, id, buttonProps, primary, disabled } = props;
  return (
    <div class="copy-link">
      <div class="btn-row">
        <button type="button" class={primary ? 'btn' : 'btn secondary'} id={id} disabled={disabled} onClick={() => start('copy')} {...buttonProps}>
          {strings.copy}
        </button>
        <button type="button" class="btn secondary" id={`${id}-qr`} disabled={disabled} onClick={() => start('qr')} data-action="qr">
          {strings.qr}
        </button>
      </div>
      <p role="status" class="copy-link-status" />
    </div>
  );
}
