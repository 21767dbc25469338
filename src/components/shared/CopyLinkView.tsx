/**
 * "Copy link" and "QR code" for a page's share link, the same on every page. The link is made when
 * asked for (its codec loads then). Where the clipboard is blocked the link is shown in a field to
 * copy by hand; it stays there after a copy too, so it can be read. The QR code, and the library that
 * draws it, load only when the visitor asks for it.
 */
import { useEffect, useState } from 'preact/hooks';

export interface CopyLinkStrings {
  copy: string;
  copied: string;
  /** Said when the clipboard was blocked (the field below then holds the link to copy by hand). */
  manual?: string;
  /** Label of the field that shows the link once made. */
  field: string;
  /** Said instead when the page cannot make a link (`getUrl` gave null): too long, nothing to share. */
  unavailable?: string;
  qr: string;
}

export interface CopyLinkProps {
  getUrl: () => Promise<string | null>;
  strings: CopyLinkStrings;
  /** Ids of the button and the field; the QR button is `<id>-qr`. */
  id: string;
  fieldId: string;
  /** Extra attributes for the copy button (tests and page scripts find it by them). */
  buttonProps?: Record<string, string | boolean>;
  primary?: boolean;
  disabled?: boolean;
  /** The state the link was made from: when it changes, a link already shown is out of date and goes. */
  state?: unknown;
}

export function CopyLink({ getUrl, strings, id, fieldId, buttonProps, primary, disabled, state, firstAction }: CopyLinkProps & { firstAction?: 'copy' | 'qr' }) {
  const [link, setLink] = useState('');
  const [status, setStatus] = useState<'' | 'copied' | 'manual' | 'unavailable'>('');

  // A link shown for an older state is out of date (the first run is the mount: nothing shown yet).
  useEffect(() => {
    setLink('');
    setStatus('');
  }, [state]);
  // The click that loaded this view: focus goes back to its button (the view's buttons replaced it).
  useEffect(() => {
    if (!firstAction) return;
    document.getElementById(firstAction === 'qr' ? `${id}-qr` : id)?.focus();
    if (firstAction === 'copy') void copy();
    else if (firstAction === 'qr') void qr();
  }, []);

  const make = async (): Promise<string | null> => {
    const url = await getUrl();
    if (!url) {
      setStatus('unavailable');
      return null;
    }
    setLink(url);
    return url;
  };
  const copy = async () => {
    const url = await make();
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };
  const qr = async () => {
    const url = await make();
    if (!url) return;
    const { showQrDialog } = await import('./qr-dialog');
    await showQrDialog(url);
  };

  return (
    <div class="copy-link">
      <div class="btn-row">
        <button type="button" class={primary ? 'btn' : 'btn secondary'} id={id} disabled={disabled} onClick={copy} {...buttonProps}>
          {strings.copy}
        </button>
        <button type="button" class="btn secondary" id={`${id}-qr`} disabled={disabled} onClick={qr} data-action="qr">
          {strings.qr}
        </button>
      </div>
      <p role="status" class="copy-link-status">
        {status === 'copied' ? strings.copied : status === 'manual' ? (strings.manual ?? '') : status === 'unavailable' ? (strings.unavailable ?? '') : ''}
      </p>
      {link && status !== 'unavailable' && (
        <div class="field">
          <label for={fieldId}>{strings.field}</label>
          <input id={fieldId} type="url" readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} data-share-url />
        </div>
      )}
    </div>
  );
}
