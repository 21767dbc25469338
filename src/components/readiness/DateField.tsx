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
  const id = 'rd-plannedStart';

  const handle = (input: HTMLInputElement) => {
    if (input.validity.badInput) return setBad(true);
    const v = input.value.trim();
    // Leaving the field unchanged must not re-render it: that would reset a half-typed date.
    if (v === (value ?? '')) return setBad(false);
    setBad(!onChange(v === '' ? null : v));
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
          value={value ?? ''}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={bad ? `${id}-why ${id}-error` : `${id}-why`}
          onChange={(e) => handle(e.currentTarget)}
          onBlur={(e) => handle(e.currentTarget)}
        />
        {value && (
          <button
            type="button"
            class="btn secondary"
            onClick={() => {
              setBad(false);
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
