// The saved scenarios, each with Use, Rename (in place), Duplicate and Delete (Delete and Use offer Undo).
import { useState } from 'preact/hooks';
import type { Scenario } from '@/models/scenarios';
import { deleteSaved, duplicateSaved, renameSaved, switchTo } from '@/stores/scenarios';
import type { ToolAdapter } from '@/stores/adapters/types';
import type { ScnText } from './text';
import { toast } from './toast-host';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  list: Scenario<unknown>[];
  onStatus: (message: string) => void;
}

export function ScenarioList({ adapter, text, list, onStatus }: Props) {
  const { t } = text;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');

  const onSwitch = (id: string) => {
    const target = list.find((s) => s.id === id)?.name ?? '';
    const r = switchTo(adapter, id, t('scn.keptName', { name: target, date: text.date(new Date().toISOString()) }));
    if (!r.ok) return onStatus(t(r.code === 'full' ? 'scn.error.switchFull' : `scn.error.${r.code as 'not-found'}`));
    toast(text, r.kept ? t('toast.switchedKept', { name: r.name, kept: r.kept }) : t('toast.switched', { name: r.name }), r.undo);
  };
  const onDelete = (id: string) => {
    const r = deleteSaved(adapter, id);
    if (r) toast(text, t('toast.scenarioDeleted', { name: r.name }), r.undo);
  };
  const onDuplicate = (id: string) => {
    const r = duplicateSaved(adapter, id);
    onStatus(r.ok ? t('scn.duplicated', { name: r.name }) : t(`scn.error.${r.code}`));
  };
  const onRename = (e: Event, id: string) => {
    e.preventDefault();
    const r = renameSaved(adapter, id, newName);
    if (!r.ok) return onStatus(t(`scn.error.${r.code}`));
    setRenaming(null);
    onStatus(t('scn.renamed', { name: r.name }));
  };

  if (list.length === 0) return <p class="muted">{t('scn.empty')}</p>;
  return (
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
  );
}
