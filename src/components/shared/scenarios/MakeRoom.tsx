// Shown in the shared-link bar when the visitor's scenario list is full: both ways of keeping the
// shared version ("Keep" saves it, "Replace" first saves theirs) need a free place, and the scenarios
// panel is locked with the rest of the page during the preview. So the bar itself lists the saved
// scenarios to delete one (with Undo, and an export to a file beforehand for those who want every
// one kept). Offering to replace their answers without keeping them was the other way out; it would
// leave the visitor's own version behind only in a toast's Undo, which lapses with the next message,
// so the choice of what goes stays theirs, one scenario at a time.
import { SCENARIO_LIMITS, type Scenario } from '@/models/scenarios';
import { deleteSaved, exportScenarios } from '@/stores/scenarios';
import type { ToolAdapter } from '@/stores/adapters/types';
import { download } from '@/components/shared/download';
import type { ScnText } from './text';
import { toast } from './toast-host';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  list: Scenario<unknown>[];
  open: boolean;
  onToggle: () => void;
  /** A scenario was deleted (there is room now). */
  onDeleted: () => void;
}

export function MakeRoom({ adapter, text, list, open, onToggle, onDeleted }: Props) {
  const { t } = text;
  const onDelete = (id: string) => {
    const r = deleteSaved(adapter, id);
    if (!r) return;
    toast(text, t('toast.scenarioDeleted', { name: r.name }), r.undo);
    onDeleted();
  };
  const onExport = () => download(`${t('scn.filename', { tool: adapter.tool })}.json`, 'application/json', exportScenarios(adapter));
  return (
    <div class="shared-full" data-testid="shared-full">
      <p>
        <strong>{t('bar.full', { max: SCENARIO_LIMITS.count })}</strong>
      </p>
      <button type="button" class="btn secondary" aria-expanded={open ? 'true' : 'false'} aria-controls="shared-room" onClick={onToggle} data-action="make-room">
        {t('bar.makeRoom')}
      </button>
      {open && (
        <div id="shared-room">
          <p class="muted">{t('bar.roomHelp')}</p>
          <p>
            <button type="button" class="btn secondary" onClick={onExport} data-action="export">
              {t('scn.export')}
            </button>
          </p>
          <ul class="scn-list scn-list-compact">
            {list.map((s) => (
              <li key={s.id} data-scenario={s.name}>
                <span class="scn-name">{s.name}</span> <span class="muted">{t('scn.savedAt', { date: text.date(s.savedAt) })}</span>
                <span class="btn-row scn-actions">
                  <button type="button" class="btn danger" aria-label={t('scn.deleteLabel', { name: s.name })} onClick={() => onDelete(s.id)} data-action="delete">
                    {t('scn.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
