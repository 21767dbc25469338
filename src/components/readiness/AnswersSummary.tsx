// The answers as given, for the printed report and for a visitor checking what they chose.
import { DIMENSIONS, questionsByDimension, type ReadinessAnswers } from '@/models/readiness';
import type { Text } from './text';

export function AnswersSummary({ answers, text }: { answers: Partial<ReadinessAnswers>; text: Text }) {
  const { t, date } = text;
  const groups = questionsByDimension();
  return (
    <section class="rd-answers" aria-labelledby="rd-answers-title">
      <h3 id="rd-answers-title">{t('answers.heading')}</h3>
      <dl>
        {DIMENSIONS.flatMap((d) => [
          ...groups[d].map((id) => (
            <div key={id}>
              <dt>{t(`q.${id}.label`)}</dt>
              <dd>{answers[id] ? t(`q.${id}.option.${answers[id]}`) : t('answers.unanswered')}</dd>
            </div>
          )),
          ...(d === 'timing'
            ? [
                <div key="plannedStart">
                  <dt>{t('q.plannedStart.label')}</dt>
                  <dd>{answers.plannedStart ? date(answers.plannedStart) : t('answers.noDate')}</dd>
                </div>,
              ]
            : []),
        ])}
      </dl>
    </section>
  );
}
