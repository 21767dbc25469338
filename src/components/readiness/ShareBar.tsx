// Share link and print. The link carries the answers in the URL fragment, which never reaches a
// server; where the clipboard is not available, the link is shown for copying by hand.
import { useState } from 'preact/hooks';
import type { Text } from './text';

interface Props {
  text: Text;
  notices: { copyLink: string; linkCopied: string; print: string };
  shareUrl: () => Promise<string | null>;
}

export function ShareBar({ text, notices, shareUrl }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');

  const copy = async () => {
    const link = await shareUrl();
    if (!link) return;
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };

  return (
    <div class="rd-share no-print">
      <h3>{text.t('share.heading')}</h3>
      <div class="btn-row">
        <button type="button" class="btn secondary" onClick={copy} data-share>
          {notices.copyLink}
        </button>
        <button type="button" class="btn secondary" onClick={() => window.print()}>
          {notices.print}
        </button>
      </div>
      <p role="status" class="rd-share-status">
        {status === 'copied' ? notices.linkCopied : ''}
      </p>
      {(status === 'manual' || status === 'copied') && (
        <div class="field">
          <label for="rd-share-url">{text.t('share.fallback')}</label>
          <input id="rd-share-url" type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-share-url />
        </div>
      )}
    </div>
  );
}
