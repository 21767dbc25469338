// One multiple-choice question as a native radio group: arrow keys move between answers, the legend
// names the question, and the "why" line and any error are tied to it with aria-describedby.
import type { QuestionId, ReadinessAnswers } from '@/models/readiness';
import { optionValues } from '@/models/readiness';
import type { Text } from './text';
import { Cited } from '../shared/Cited';

interface Props {
  id: QuestionId;
  value: ReadinessAnswers[QuestionId] | undefined;
  error: string | null;
  text: Text;
  onChange: (id: QuestionId, value: string) => void;
}

export function QuestionField({ id, value, error, text, onChange }: Props) {
  const { t } = text;
  const base = `rd-${id}`;
  const describedBy = error ? `${base}-why ${base}-error` : `${base}-why`;
  return (
    <fieldset class="rd-q" id={base} aria-describedby={describedBy} data-question={id}>
      <legend>{t(`q.${id}.label`)}</legend>
      <p class="help rd-why" id={`${base}-why`}>
        <Cited text={t(`q.${id}.why`)} locale={text.locale} />
      </p>
      <div class="rd-options">
        {optionValues(id).map((option) => (
          <label class="rd-option" key={option}>
            <input
              type="radio"
              name={base}
              value={option}
              checked={value === option}
              aria-invalid={error ? 'true' : undefined}
              onChange={() => onChange(id, option)}
            />
            <span>{t(`q.${id}.option.${option}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p class="error" id={`${base}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
