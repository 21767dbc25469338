// Print, share link, plan file, import and "clear all my data" for the visitor's own plan.
import { useState } from 'preact/hooks';
import type { PlanState } from '@/models/plan';
import { CopyLink } from '@/components/shared/CopyLink';
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

export function PlanToolbar({ plan, hasData, today, text, shareUrl, fileText, onImport, onClear }: Props) {
  const { t } = text;
  const [status, setStatus] = useState('');

  const clear = () => {
    if (!window.confirm(t('tools.clearConfirm'))) return;
    onClear();
    setStatus(t('tools.cleared'));
  };

  return (
    <section class="card plan-toolbar no-print" aria-labelledby="plan-toolbar-title">
      <h2 id="plan-toolbar-title">{t('tools.heading')}</h2>
      <div class="btn-row">
        <button type="button" class="btn" onClick={() => window.print()} data-action="print">
          {t('tools.print')}
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
        {status && <p>{status}</p>}
      </div>
      <CopyLink
        getUrl={async () => (hasData ? shareUrl(plan) : null)}
        id="plan-share"
        fieldId="plan-share-link"
        state={plan}
        buttonProps={{ 'data-action': 'share' }}
        strings={{
          copy: t('tools.share'),
          copied: t('tools.shareCopied'),
          manual: t('tools.shareManual'),
          field: t('tools.shareLabel'),
          unavailable: t(hasData ? 'tools.shareTooLarge' : 'tools.shareEmpty'),
          qr: t('tools.shareQr'),
        }}
      />
      <ImportPanel text={text} onImport={onImport} />
    </section>
  );
}
