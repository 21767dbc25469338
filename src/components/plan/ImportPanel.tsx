// Import of a plan file: read, validate, show what it holds, and replace the visitor's data only after
// they confirm. A refused file gets the reason in the page's language and changes nothing.
import { useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_CHARS, TOOL_KEYS, describePlan, validateImport, type ImportErrorCode, type PlanFile, type PlanState } from '@/models/plan';
import type { Text } from './text';

interface Props {
  text: Text;
  onImport: (plan: PlanState) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; code: ImportErrorCode | 'unreadable'; parts: string[] }
  | { kind: 'confirm'; file: PlanFile }
  | { kind: 'done' }
  | { kind: 'cancelled' };

/** Which tools a refused file's errors concern, by their plan path (`plan.duration.complexity`). */
function partsOf(fields: string[]): string[] {
  const parts = new Set<string>();
  for (const f of fields) {
    const part = f.split('.')[1];
    if (part && (part === 'profile' || (TOOL_KEYS as readonly string[]).includes(part))) parts.add(part);
  }
  return [...parts];
}

export function ImportPanel({ text, onImport }: Props) {
  const { t } = text;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const read = async (file: File | undefined) => {
    if (!file) return;
    // UTF-8 needs at most 4 bytes a character: a larger file cannot be within the character limit.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setStatus({ kind: 'error', code: 'too-large', parts: [] });
      return;
    }
    setStatus({ kind: 'reading' });
    let body: string;
    try {
      body = await file.text();
    } catch {
      setStatus({ kind: 'error', code: 'unreadable', parts: [] });
      return;
    }
    const result = validateImport(body);
    if (!result.ok) {
      setStatus({ kind: 'error', code: result.errors[0]!.code, parts: partsOf(result.errors.map((e) => e.field)) });
      return;
    }
    setStatus({ kind: 'confirm', file: result.value });
  };

  const reset = (next: Status) => {
    setStatus(next);
    if (input.current) input.current.value = '';
  };

  return (
    <div class="plan-import">
      <div class="field">
        <label for="plan-import-file">{t('tools.import')}</label>
        <input
          ref={input}
          id="plan-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="plan-import-help"
          onChange={(e) => read((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p class="help" id="plan-import-help">
          {t('tools.importHelp')}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {status.kind === 'reading' && <p>{t('import.reading')}</p>}
        {status.kind === 'done' && <p class="notice" data-testid="import-done">{t('import.done')}</p>}
        {status.kind === 'cancelled' && <p>{t('import.cancelled')}</p>}
      </div>
      {status.kind === 'error' && (
        <div class="notice danger" role="alert" data-testid="import-error" data-code={status.code}>
          <p>{t(`import.error.${status.code}`)}</p>
          {status.parts.length > 0 && (
            <p>{t('import.error.parts', { parts: text.list(status.parts.map((p) => text.source(p as 'profile'))) })}</p>
          )}
        </div>
      )}
      {status.kind === 'confirm' && <Confirm file={status.file} text={text} onConfirm={() => { onImport(status.file.plan); reset({ kind: 'done' }); }} onCancel={() => reset({ kind: 'cancelled' })} />}
    </div>
  );
}

function Confirm({ file, text, onConfirm, onCancel }: { file: PlanFile; text: Text; onConfirm: () => void; onCancel: () => void }) {
  const { t } = text;
  const c = describePlan(file.plan);
  const missing = TOOL_KEYS.filter((k) => c[k] === null).map((k) => text.source(k));
  return (
    <div class="card plan-import-confirm" data-testid="import-confirm" role="group" aria-labelledby="plan-import-confirm-title">
      <h3 id="plan-import-confirm-title">{t('import.heading')}</h3>
      {file.exportedAt && <p class="muted">{t('import.exportedAt', { date: text.date(file.exportedAt.slice(0, 10)) })}</p>}
      <ul>
        {c.companyName && <li>{t('import.company', { name: c.companyName })}</li>}
        {c.readiness && <li>{t('import.readiness', c.readiness)}</li>}
        {c.duration && <li>{c.duration.startDate ? t('import.durationStart', { date: text.date(c.duration.startDate) }) : t('import.duration')}</li>}
        {c.selection && <li>{t('import.selection', { n: c.selection.options })}</li>}
        {c.kpi && <li>{text.tn('import.kpi', c.kpi.rows)}</li>}
      </ul>
      {missing.length > 0 && <p>{t('import.notUsed', { tools: text.list(missing) })}</p>}
      <p class="notice warn">{t('import.replaceWarning')}</p>
      <div class="btn-row">
        <button type="button" class="btn danger" onClick={onConfirm} data-action="import-confirm">
          {t('import.confirm')}
        </button>
        <button type="button" class="btn secondary" onClick={onCancel} data-action="import-cancel">
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
