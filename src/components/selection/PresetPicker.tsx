// Step 1: pick a starting situation. Choosing only previews its reason; "Apply" replaces weights and
// the standard options' scores, because that overwrites the visitor's own numbers.
import { useEffect, useState } from 'preact/hooks';
import { PRESETS, getPreset, isPresetId, type PresetId } from '@/models/matrix';
import type { Text } from './text';
import { Cited } from '@/components/shared/Cited';

interface Props {
  text: Text;
  current: PresetId;
  onApply: (id: PresetId) => void;
}

export function PresetPicker({ text, current, onApply }: Props) {
  const [pending, setPending] = useState<PresetId>(current);
  useEffect(() => setPending(current), [current]);
  const preset = getPreset(pending);
  // An <option> holds text only: a reference in a preset's name shows as plain "[3]" there.
  const name = (id: PresetId) => text.dyn(`preset.${id}.name`, id);
  return (
    <section class="card sel-step" aria-labelledby="sel-preset-h">
      <h2 id="sel-preset-h">{text.t('preset.heading')}</h2>
      <p class="muted">{text.t('preset.intro')}</p>
      <div class="sel-preset-row">
        <div class="field">
          <label for="sel-preset">{text.t('preset.label')}</label>
          <select
            id="sel-preset"
            value={pending}
            aria-describedby="sel-preset-why"
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              if (isPresetId(v)) setPending(v);
            }}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.vendorView ? `${name(p.id)} · ${text.t('preset.vendorBadge')}` : name(p.id)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="btn" onClick={() => onApply(pending)}>
          {text.t('preset.apply')}
        </button>
      </div>
      <p id="sel-preset-why" class={preset.vendorView ? 'notice warn sel-why' : 'sel-why'}>
        {preset.vendorView && <span class="badge warn">{text.t('preset.vendorBadge')}</span>} <strong>{text.t('preset.why')}:</strong>{' '}
        <Cited text={text.dyn(`preset.${pending}.why`, '')} locale={text.locale} />
      </p>
    </section>
  );
}
