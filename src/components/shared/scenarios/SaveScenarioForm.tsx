// Saves the current answers as a scenario, under the name typed or the suggested one.
import { useState } from 'preact/hooks';
import { saveScenario } from '@/stores/scenarios';
import type { ToolAdapter } from '@/stores/adapters/types';
import type { ScnText } from './text';

interface Props {
  adapter: ToolAdapter<unknown>;
  text: ScnText;
  suggested: string;
  onSaved: (id: string, name: string) => void;
}

export function SaveScenarioForm({ adapter, text, suggested, onSaved }: Props) {
  const { t } = text;
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const onSave = (e: Event) => {
    e.preventDefault();
    const r = saveScenario(adapter, name.trim() ? name : suggested);
    if (!r.ok) return setError(t(`scn.error.${r.code}`));
    setError('');
    setName('');
    onSaved(r.id, r.name);
  };
  return (
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
  );
}
