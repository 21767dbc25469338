// Moves a tool's scenarios as one JSON file: export them all, or import a file (added beside the ones
// already saved; what does not fit or does not validate is said, never silently dropped).
import { useRef } from 'preact/hooks';
import { exportScenarios, importScenarios } from '@/stores/scenarios';
import type { ToolAdapter } from '@/stores/adapters/types';
import { download } from '@/components/shared/download';
import type { ScnText } from './text';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  empty: boolean;
  onStatus: (message: string) => void;
}

export function ScenarioFile({ adapter, text, empty, onStatus }: Props) {
  const { t } = text;
  const fileInput = useRef<HTMLInputElement>(null);
  const onExport = () => {
    download(`${t('scn.filename', { tool: adapter.tool })}.json`, 'application/json', exportScenarios(adapter));
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    let body = '';
    try {
      body = await file.text();
    } catch {
      return onStatus(t('scn.file.unreadable'));
    }
    const r = importScenarios(adapter, body);
    if (fileInput.current) fileInput.current.value = '';
    if (!r.ok) return onStatus(r.code === 'full' ? t('scn.error.full') : t(`scn.file.${r.code}`));
    onStatus(t('scn.imported', { count: r.added }) + (r.dropped ? ` ${t('scn.importDropped', { count: r.dropped })}` : ''));
  };
  return (
    <>
      <div class="btn-row">
        <button type="button" class="btn secondary" onClick={onExport} disabled={empty} data-action="export">
          {t('scn.export')}
        </button>
      </div>
      <div class="field">
        <label for="scn-import">{t('scn.import')}</label>
        <input ref={fileInput} id="scn-import" type="file" accept=".json,application/json" aria-describedby="scn-import-help" onChange={(e) => void onImport((e.currentTarget as HTMLInputElement).files?.[0])} />
        <p class="help" id="scn-import-help">
          {t('scn.importHelp')}
        </p>
      </div>
    </>
  );
}
