// Step 2: the options compared. Two to six; each can be renamed or removed. New options start at 3 on
// every criterion so they neither lead nor trail until scored.
import { MAX_OPTIONS, MIN_OPTIONS, type MatrixOption } from '@/models/matrix';
import { fieldKey, type Draft } from '@/stores/selection';
import { Field } from './Field';
import { letter, type Text } from './text';

interface Props {
  text: Text;
  options: MatrixOption[];
  drafts: Record<string, Draft>;
  onLabel: (id: string, raw: string, defaultName: string) => void;
  onSettle: (key: string) => void;
  onAdd: () => void;
  onRemove: (id: string) => void;
}

export function OptionsEditor({ text, options, drafts, onLabel, onSettle, onAdd, onRemove }: Props) {
  const full = options.length >= MAX_OPTIONS;
  return (
    <section class="card sel-step" aria-labelledby="sel-options-h">
      <h2 id="sel-options-h">{text.t('options.heading')}</h2>
      <p class="muted">{text.t('options.intro')}</p>
      <ol class="sel-options">
        {options.map((o, i) => {
          const key = fieldKey.label(o.id);
          const draft = drafts[key];
          const name = text.optionName(o, i);
          return (
            <li key={o.id} class="sel-option">
              <span class={`sel-letter sel-o${i}`} aria-hidden="true">
                {letter(i)}
              </span>
              <Field
                id={`sel-name-${o.id}`}
                label={text.t('options.nameLabel', { letter: letter(i) })}
                value={name}
                draft={draft}
                error={draft?.code ? text.errorText(draft.code, 'label') : null}
                inputMode="text"
                onInput={(raw) => onLabel(o.id, raw, text.defaultOptionName(o.id, i))}
                onBlur={() => onSettle(key)}
              />
              <button
                type="button"
                class="btn secondary sel-remove"
                aria-label={text.t('options.remove', { name })}
                disabled={options.length <= MIN_OPTIONS}
                onClick={() => onRemove(o.id)}
              >
                {text.t('options.removeShort')}
              </button>
            </li>
          );
        })}
      </ol>
      <div class="btn-row">
        <button type="button" class="btn secondary" id="sel-add" disabled={full} onClick={onAdd}>
          + {text.t('options.add')}
        </button>
      </div>
      {full && <p class="muted">{text.t('options.full')}</p>}
      {options.length <= MIN_OPTIONS && <p class="muted sel-small">{text.t('options.minimum')}</p>}
    </section>
  );
}
