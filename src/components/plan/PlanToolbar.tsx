// Print, share link, plan file, import and "clear all my data" for the visitor's own plan.
import { useState } from 'preact/hooks';
import { LONG_LINK_CHARS, type PlanState } from '@/models/plan';
import { ImportPanel } from './ImportPanel';
import { download } from '@/components/shared/download';
import type { Text } from './text';

interface Props {
  plan: PlanState;
  hasData: boolean;
  today: string;
  text: Text;
  shareUrl: (plan: PlanState) => Promise<string | null>;
  fileText: (plan: PlanState) => string;
  onImport: (plan: PlanState) => void;
  onClear: () => void;
}

type ShareStatus = '' | 'copied' | 'manual' | 'unsupported' | 'empty';

export function PlanToolbar({ plan, hasData, today, text, shareUrl, fileText, onImport, onClear }: Props) {
  const { t } = text;
  const [link, setLink] = useState('');
  const [share, setShare] = useState<ShareStatus>('');
  const [status, setStatus] = useState('');

  const copy = async () => {
    if (!hasData) {
      setShare('empty');
      return;
    }
    const url = await shareUrl(plan);
    if (!url) {
      setShare('unsupported');
      return;
    }
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setShare('copied');
    } catch {
      setShare('manual');
    }
  };

  const clear = () => {
    if (!window.confirm(t('tools.clearConfirm'))) return;
    onClear();
    setLink('');
    setShare('');
    setStatus(t('tools.cleared'));
  };

  return (
    <section class="card plan-toolbar no-print" aria-labelledby="plan-toolbar-title">
      <h2 id="plan-toolbar-title">{t('tools.heading')}</h2>
      <div class="btn-row">
        <button type="button" class="btn" onClick={() => window.print()} data-action="print">
          {t('tools.print')}
        </button>
        <button type="button" class="btn secondary" onClick={copy} data-action="share">
          {t('tools.share')}
        </button>
        <button
          type="button"
          class="btn secondary"
          data-action="export"
          onClick={() => {
            download(`${t('tools.filename')}-${today}.json`, 'application/json;charset=utf-8', fileText(plan));
            setStatus(t('tools.exportDone'));
          }}
        >
          {t('tools.export')}
        </button>
        <button
          type="button"
          class="btn secondary"
          data-action="markdown"
          onClick={async () => {
            const { planMarkdownText } = await import('./markdown-export');
            download(`${t('tools.filename')}-${today}.md`, 'text/markdown;charset=utf-8', planMarkdownText(plan, today, text));
            setStatus(t('tools.markdownDone'));
          }}
        >
          {t('tools.markdown')}
        </button>
        <button type="button" class="btn danger" onClick={clear} data-action="clear">
          {t('tools.clear')}
        </button>
      </div>
      <div role="status" class="plan-status">
        {share === 'copied' && <p>{t('tools.shareCopied')}</p>}
        {share === 'manual' && <p>{t('tools.shareManual')}</p>}
        {share === 'unsupported' && <p>{t('tools.shareUnsupported')}</p>}
        {share === 'empty' && <p>{t('tools.shareEmpty')}</p>}
        {status && <p>{status}</p>}
      </div>
      {link && (
        <div class="field plan-share-field">
          <label for="plan-share-link">{t('tools.shareLabel')}</label>
          <input id="plan-share-link" type="text" readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          {link.length > LONG_LINK_CHARS && <p class="help">{t('tools.shareLong', { n: text.num(link.length, 0) })}</p>}
        </div>
      )}
      <ImportPanel text={text} onImport={onImport} />
    </section>
  );
}
