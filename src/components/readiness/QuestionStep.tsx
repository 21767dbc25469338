// One step of the check: a dimension's questions (the first step also asks about the company), the
// start date on the timing step, the "some questions are unanswered" alert, and Back / Next.
import type { Ref } from 'preact';
import type { Locale } from '@/i18n/locales';
import { DIMENSIONS, openInDimension, questionsByDimension, type Dimension, type QuestionId, type ReadinessAnswers } from '@/models/readiness';
import type { Profile } from '@/models/profile';
import { setReadinessAnswer, setReadinessStart } from '@/stores/readiness';
import { updateProfile } from '@/stores/profile';
import { ProfileFields } from '@/components/shared/ProfileFields';
import type { ProfileStrings } from '@/components/shared/profile-text';
import { DateField } from './DateField';
import { QuestionField } from './QuestionField';
import type { Text } from './text';

const GROUPS = questionsByDimension();

interface Props {
  step: number;
  dimension: Dimension;
  answers: Partial<ReadinessAnswers>;
  open: readonly QuestionId[];
  showErrors: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  text: Text;
  locale: Locale;
  profile: Profile;
  profileText: ProfileStrings;
  onBack: () => void;
  onNext: () => void;
}

export function QuestionStep({ step, dimension, answers, open, showErrors, headingRef, text, locale, profile, profileText, onBack, onNext }: Props) {
  const { t } = text;
  const stepMissing = openInDimension(dimension, open);
  const errorFor = (id: QuestionId) => (showErrors && open.includes(id) ? t('error.missing') : null);
  return (
    <section class="rd-step-panel tool-form" aria-labelledby="rd-step-title">
      <h2 id="rd-step-title" tabIndex={-1} ref={headingRef}>
        {t(`step.${dimension}.title`)}
      </h2>
      <p class="muted">{t(`step.${dimension}.intro`)}</p>
      {step === 0 && (
        <ProfileFields
          profile={profile}
          strings={profileText}
          locale={locale}
          idPrefix="rd-profile"
          onEmployees={(n) => updateProfile({ employees: n })}
          onTools={(tools) => updateProfile({ currentTools: tools })}
        />
      )}
      {GROUPS[dimension].map((id) => (
        <QuestionField
          key={id}
          id={id}
          value={answers[id]}
          error={errorFor(id)}
          text={text}
          onChange={(q, v) => setReadinessAnswer(q, v as never)}
        />
      ))}
      {dimension === 'timing' && <DateField value={answers.plannedStart} text={text} onChange={setReadinessStart} />}
      {showErrors && stepMissing.length > 0 && (
        <p class="notice warn" role="alert">
          {t('step.incomplete', { count: stepMissing.length })}
        </p>
      )}
      <div class="btn-row rd-nav">
        {step > 0 && (
          <button type="button" class="btn secondary" onClick={onBack}>
            {t('nav.back')}
          </button>
        )}
        <button type="button" class="btn" onClick={onNext} data-next>
          {step === DIMENSIONS.length - 1 ? t('nav.result') : t('nav.next')}
        </button>
      </div>
    </section>
  );
}
