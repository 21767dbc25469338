// A tool's scenarios: save the current answers under a name, switch, rename, duplicate, delete (with
// Undo), compare any two (or one with the current answers), and move them as one file. On the plan
// page it also builds the plan from one chosen scenario of each tool.
import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $storageAvailable } from '@/stores/storage-engine';
import {
  deleteSaved,
  duplicateSaved,
  exportScenarios,
  importScenarios,
  renameSaved,
  saveScenario,
  scenarioList,
  switchTo,
} from '@/stores/scenarios';
import type { Comparison, ToolAdapter } from '@/stores/adapters/types';
import { download } from '@/components/shared/download';
import { CompareView } from './CompareView';
import { BuildPlan } from './BuildPlan';
import { toolDictionaries, type ScnText } from './text';
import { toast } from './toast-host';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  today: string;
  onClose: () => void;
}

const CURRENT = '';

export function ScenarioPanel({ adapter, text, today, onClose }: Props) {
  const { t } = text;
  const list = useStore(scenarioList(adapter));
  const storageOk = useStore($storageAvailable);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  // The current answers against the last saved scenario, until the visitor picks others.
  const [pick, setPick] = useState<[string, string]>(() => [CURRENT, list[list.length - 1]?.id ?? CURRENT]);
  const [compare, setCompare] = useState<{ list: Comparison[]; dict: Record<string, string>; labels: { a: string; b: string } } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const suggested = t('scn.defaultName', { n: list.length + 1 });

  const onSave = (e: Event) => {
    e.preventDefault();
    const r = saveScenario(adapter, name.trim() ? name : suggested);
    if (!r.ok) return setError(t(`scn.error.${r.code}`));
    setError('');
    setName('');
    setPick([CURRENT, r.id]);
    setStatus(t('scn.saved', { name: r.name }));
  };
  const onSwitch = (id: string) => {
    const r = switchTo(adapter, id);
    if (r) toast(text, t('toast.switched', { name: r.name }), r.undo);
  };
  const onDelete = (id: string) => {
    const r = deleteSaved(adapter, id);
    if (r) toast(text, t('toast.scenarioDeleted', { name: r.name }), r.undo);
  };
  const onDuplicate = (id: string) => {
    const r = duplicateSaved(adapter, id);
    setStatus(r.ok ? t('scn.duplicated', { name: r.name }) : t(`scn.error.${r.code}`));
  };
  const onRename = (e: Event, id: string) => {
    e.preventDefault();
    const r = renameSaved(adapter, id, newName);
    if (!r.ok) return setStatus(t(`scn.error.${r.code}`));
    setRenaming(null);
    setStatus(t('scn.renamed', { name: r.name }));
  };
  const labelOf = (id: string) => (id === CURRENT ? t('scn.current') : list.find((s) => s.id === id)?.name ?? '');
  const stateOf = (id: string) => (id === CURRENT ? adapter.get() : list.find((s) => s.id === id)?.state);
  const onCompare = async (e: Event) => {
    e.preventDefault();
    const [a, b] = pick;
    if (a === b) return setStatus(t('scn.compareSame'));
    const dict = await toolDictionaries(adapter.tool, text.locale);
    setCompare({ list: adapter.compare(stateOf(a), stateOf(b), today, { locale: text.locale, strings: dict }), dict, labels: { a: labelOf(a), b: labelOf(b) } });
  };
  const onExport = () => {
    download(`${t('scn.filename', { tool: adapter.tool })}.json`, 'application/json', exportScenarios(adapter));
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    let body = '';
    try {
      body = await file.text();
    } catch {
      return setStatus(t('scn.file.unreadable'));
    }
    const r = importScenarios(adapter, body);
    if (fileInput.current) fileInput.current.value = '';
    if (!r.ok) return setStatus(r.code === 'full' ? t('scn.error.full') : t(`scn.file.${r.code}`));
    setStatus(t('scn.imported', { count: r.added }) + (r.dropped ? ` ${t('scn.importDropped', { count: r.dropped })}` : ''));
  };
  const choices = [{ id: CURRENT, name: t('scn.current') }, ...list];

  return (
    <section class="scn-panel card no-print" aria-labelledby="scn-title" data-testid="scenarios">
      <h2 id="scn-title">{t('scn.heading')}</h2>
      <p class="muted">{t('scn.intro')}</p>
      {!storageOk && (
        <p class="notice warn" role="alert" data-testid="scn-storage">
          {t('scn.storageOff')}
        </p>
      )}
      <form class="scn-save" onSubmit={onSave}>
        <div class="field">
          <label for="scn-name">{t('scn.name')}</label>
          <input
            id="scn-name"
            type="text"
            maxLength={80}
            value={name}
            placeholder={suggested}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'scn-name-error' : undefined}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
          {error && (
            <p class="error" id="scn-name-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" class="btn" data-action="save-scenario">
          {t('scn.save')}
        </button>
      </form>
      <p role="status" class="scn-status">
        {status}
      </p>

      <h3>{t('scn.list')}</h3>
      {list.length === 0 ? (
        <p class="muted">{t('scn.empty')}</p>
      ) : (
        <ul class="scn-list">
          {list.map((s) => (
            <li key={s.id} data-scenario={s.name}>
              {renaming === s.id ? (
                <form class="scn-rename" onSubmit={(e) => onRename(e, s.id)}>
                  <label for={`scn-rename-${s.id}`}>{t('scn.newName', { name: s.name })}</label>
                  <input id={`scn-rename-${s.id}`} type="text" maxLength={80} value={newName} onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)} />
                  <button type="submit" class="btn">
                    {t('scn.renameSave')}
                  </button>
                  <button type="button" class="btn secondary" onClick={() => setRenaming(null)}>
                    {t('scn.cancel')}
                  </button>
                </form>
              ) : (
                <>
                  <span class="scn-name">{s.name}</span> <span class="muted">{t('scn.savedAt', { date: text.date(s.savedAt) })}</span>
                  <span class="btn-row scn-actions">
                    <button type="button" class="btn secondary" aria-label={t('scn.useLabel', { name: s.name })} onClick={() => onSwitch(s.id)} data-action="switch">
                      {t('scn.use')}
                    </button>
                    <button
                      type="button"
                      class="btn secondary"
                      aria-label={t('scn.renameLabel', { name: s.name })}
                      onClick={() => {
                        setRenaming(s.id);
                        setNewName(s.name);
                      }}
                      data-action="rename"
                    >
                      {t('scn.rename')}
                    </button>
                    <button type="button" class="btn secondary" aria-label={t('scn.duplicateLabel', { name: s.name })} onClick={() => onDuplicate(s.id)} data-action="duplicate">
                      {t('scn.duplicate')}
                    </button>
                    <button type="button" class="btn danger" aria-label={t('scn.deleteLabel', { name: s.name })} onClick={() => onDelete(s.id)} data-action="delete">
                      {t('scn.delete')}
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('scn.compareHeading')}</h3>
      <form class="scn-compare-form" onSubmit={(e) => void onCompare(e)}>
        {([0, 1] as const).map((i) => (
          <div class="field" key={i}>
            <label for={`scn-pick-${i}`}>{t(i === 0 ? 'scn.compareA' : 'scn.compareB')}</label>
            <select
              id={`scn-pick-${i}`}
              value={pick[i]}
              onChange={(e) => {
                const next: [string, string] = [...pick];
                next[i] = (e.currentTarget as HTMLSelectElement).value;
                setPick(next);
              }}
            >
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" class="btn secondary" data-action="compare">
          {t('scn.compareGo')}
        </button>
      </form>
      {compare && <CompareView comparisons={compare.list} dict={compare.dict} text={text} labels={compare.labels} onClose={() => setCompare(null)} />}

      {adapter.tool === 'plan' && <BuildPlan text={text} />}

      <h3>{t('scn.fileHeading')}</h3>
      <div class="btn-row">
        <button type="button" class="btn secondary" onClick={onExport} disabled={list.length === 0} data-action="export">
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
      <p>
        <button type="button" class="btn secondary" onClick={onClose} data-action="close-scenarios">
          {t('scn.close')}
        </button>
      </p>
    </section>
  );
}
