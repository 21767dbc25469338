// The optional start date. A native date input keeps keyboard and screen-reader support; what it
// cannot express (a half-typed or impossible date, a year out of range) gets the model's message.
import { useState } from 'preact/hooks';
import { LIMITS } from '@/models/readiness';
import type { Text } from './text';
import { Cited } from '../shared/Cited';

interface Props {
  value: string | undefined;
  text: Text;
  /** Returns false when the model refuses the date. */
  onChange: (date: string | null) => boolean;
}

export function DateField({ value, text, onChange }: Props) {
  const { t } = text;
  const [bad, setBad] = useState(false);
  // What the field shows. It is kept apart from the saved date so that a refused date (a year out of
  // range, or the year 0002 that Chromium commits while "2026" is still being typed) stays on screen
  // instead of a re-render wiping it.
  const [draft, setDraft] = useState(value ?? '');
  // A date set from outside (cleared, or taken from the company profile) replaces what is in the field.
  // Compared during render, not in an effect: a mount effect runs after the first paint, and on a busy
  // phone the visitor may already be typing by then; it would wipe the first digits.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value ?? '');
  }
  const id = 'rd-plannedStart';

  /** Saves the date if the model accepts it; says whether the field holds something unusable. */
  const commit = (input: HTMLInputElement): boolean => {
    setDraft(input.value);
    if (input.validity.badInput) return false;
    const v = input.value.trim();
    if (v === (value ?? '')) return true;
    return onChange(v === '' ? null : v);
  };

  return (
    <div class="field rd-date">
      <label for={id}>{t('q.plannedStart.label')}</label>
      <p class="help rd-why" id={`${id}-why`}>
        <Cited text={t('q.plannedStart.why')} locale={text.locale} /> {t('q.plannedStart.help')}
      </p>
      <div class="rd-date-row">
        <input
          id={id}
          type="date"
          min={LIMITS.plannedStart.min}
          max={LIMITS.plannedStart.max}
          value={draft}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={bad ? `${id}-why ${id}-error` : `${id}-why`}
          // While typing, a usable date is saved at once; the message waits until the visitor leaves.
          onChange={(e) => commit(e.currentTarget) && setBad(false)}
          onBlur={(e) => setBad(!commit(e.currentTarget))}
        />
        {(value || draft) && (
          <button
            type="button"
            class="btn secondary"
            onClick={() => {
              setBad(false);
              setDraft('');
              onChange(null);
            }}
          >
            {t('q.plannedStart.clear')}
          </button>
        )}
      </div>
      {bad && (
        <p class="error" id={`${id}-error`}>
          {t('error.not-a-date')}
        </p>
      )}
    </div>
  );
}
