// The answers behind the estimate, shown only on paper (the form itself is hidden in print). The date
// the page was printed follows it, from the island, which knows today.
import { DURATION_FIELDS } from '@/models/duration/validate';
import type { DurationInput } from '@/models/duration/types';
import type { Text } from './text';

export function PrintAnswers({ input, text }: { input: DurationInput; text: Text }) {
  const { t } = text;
  const value = (field: (typeof DURATION_FIELDS)[number]): string => {
    const v = input[field];
    if (v === undefined || v === '') return t('print.notGiven');
    if (typeof v === 'boolean') return t(v ? 'print.yes' : 'print.no');
    if (field === 'integrations') return text.num(v as number);
    if (field === 'startDate') return text.date(v as string);
    return t(`option.${field}.${v}`);
  };
  return (
    <section class="dur-print-answers print-only">
      <h3>{t('print.answers')}</h3>
      <dl>
        {DURATION_FIELDS.map((f) => (
          <div key={f}>
            <dt>{t(`field.${f}.label`)}</dt>
            <dd>{value(f)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
