// The readiness self-assessment island: the questions in short steps by dimension, then the result. No scoring
// here; the model decides, the store keeps the answers, the components render.
import { provideSourceLabels } from '@/components/shared/source-labels';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Locale } from '@/i18n/locales';
import { DIMENSIONS, QUESTION_IDS, questionsByDimension, unansweredQuestions, type QuestionId } from '@/models/readiness';
import { $storageAvailable } from '@/stores/storage-engine';
import {
  $readiness,
  EMPTY_READINESS,
  RESULT_STEP,
  firstOpenStep,
  goToReadinessStep,
  prefillReadinessFromProfile,
  readinessShareUrl,
  resetReadiness,
  setReadinessAnswer,
  setReadinessStart,
} from '@/stores/readiness';
import { QuestionField } from '@/components/readiness/QuestionField';
import { DateField } from '@/components/readiness/DateField';
import { StepNav } from '@/components/readiness/StepNav';
import { lazyComponent } from '@/components/shared/lazy';
import { toggleScenarios, undoable, useShareLink } from '@/components/shared/tool-extras';
// The result step, and the scoring model behind it, load when the visitor reaches it (or returns to a finished check).
const ResultStep = lazyComponent(() => import('@/components/readiness/ResultStep').then((m) => m.default));
import { makeText, type GuideLinks, type Strings } from '@/components/readiness/text';
import { ProfileFields } from '@/components/shared/ProfileFields';
import { takenFromElsewhere, type ProfileStrings } from '@/components/shared/profile-text';
import { $profile, updateProfile } from '@/stores/profile';
import { DEFAULT_PROFILE } from '@/models/profile';

interface Props {
  locale: Locale;
  strings: Strings;
  guides: GuideLinks;
  links: { duration: string; plan: string | null };
  /** Site-wide strings, passed in by the page (they live in the site dictionary). */
  notices: { storageUnavailable: string; copyLink: string; linkCopied: string; print: string; showQr: string };
  /** The label of the button that opens the scenarios panel. */
  scenariosLabel: string;
  /** The shared profile's strings (site dictionary, `profile.*`). */
  profileText: ProfileStrings;
  /** This locale's source labels (SOURCE_LABEL[locale]), for the references' accessible names. */
  sourceLabels?: Readonly<Record<string, string>>;
}

const GROUPS = questionsByDimension();

function ReadinessCheckIsland({ locale, strings, guides, links, notices, profileText, scenariosLabel }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const { t } = text;
  const stored = useStore($readiness);
  const storageAvailable = useStore($storageAvailable);
  const storedProfile = useStore($profile);
  // What the other tools told us about the company, said once on arrival (first visit only).
  const [taken, setTaken] = useState('');
  // The verdict, said by the result step (loaded on demand) into a live region that is always there.
  const [announcement, setAnnouncement] = useState('');
  // Until hydrated, render exactly what the server rendered (the empty first step); saved answers
  // appear right after, which keeps Preact's hydration in step with the static HTML.
  const [replacedStart, setReplacedStart] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState<Record<number, boolean>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const ready = useShareLink('readiness', '.rd', (linked) => {
    if (linked) return;
    const firstVisit = Object.keys($readiness.get().answers).length === 0;
    if (firstVisit) setTaken(takenFromElsewhere($profile.get(), profileText, locale));
    const replaced = prefillReadinessFromProfile();
    if (typeof replaced === 'string') setReplacedStart(replaced);
  });
  const state = ready ? stored : EMPTY_READINESS;
  const profile = ready ? storedProfile : DEFAULT_PROFILE;
  const { answers, step } = state;
  const open = unansweredQuestions(answers);
  const complete = DIMENSIONS.map((d) => GROUPS[d].every((id) => !open.includes(id)));


  // Move focus to the new step's heading when the visitor changes step, not on the first render.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const go = (next: number) => {
    moved.current = true;
    goToReadinessStep(next);
  };

  const next = () => {
    // Read the store, not this render's copy: an answer given a moment ago may not be rendered yet.
    const current = $readiness.get();
    const stillOpen = unansweredQuestions(current.answers);
    const missing = GROUPS[DIMENSIONS[current.step]!].filter((id) => stillOpen.includes(id));
    if (missing.length > 0) {
      setShowErrors({ ...showErrors, [current.step]: true });
      document.querySelector<HTMLInputElement>(`#rd-${missing[0]} input`)?.focus();
      return;
    }
    const last = current.step === DIMENSIONS.length - 1;
    go(last ? (stillOpen.length ? firstOpenStep(current.answers) : RESULT_STEP) : current.step + 1);
  };

  const restart = () => {
    setShowErrors({});
    moved.current = true;
    undoable($readiness, resetReadiness, 'toast.reset');
  };

  const onStep = step < RESULT_STEP;
  const dimension = onStep ? DIMENSIONS[step]! : null;
  const stepMissing = dimension ? GROUPS[dimension].filter((id) => open.includes(id)) : [];
  const errorFor = (id: QuestionId) => (showErrors[step] && open.includes(id) ? t('error.missing') : null);

  return (
    <div class="rd" data-ready={ready ? 'true' : undefined} data-step={step}>
      {replacedStart && answers.plannedStart && (
        <p class="notice" data-start-synced>
          {t('notice.startFromProfile', { date: text.date(answers.plannedStart), old: text.date(replacedStart) })}
        </p>
      )}
      {ready && !storageAvailable && <p class="notice warn">{notices.storageUnavailable}</p>}
      {taken && (
        <p class="notice" data-profile-taken>
          {taken}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              go(0);
              requestAnimationFrame(() => document.getElementById('rd-profile-employees')?.focus());
            }}
          >
            {profileText['profile.change']}
          </button>
        </p>
      )}

      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('readiness', '.rd', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>
      <div class="visually-hidden" aria-live="polite">
        {onStep ? '' : announcement}
      </div>
      <div class="rd-print-head" aria-hidden="true">
        <p class="rd-print-title">{t('print.title')}</p>
      </div>

      <StepNav
        step={step}
        complete={complete}
        answered={QUESTION_IDS.length - open.length}
        total={QUESTION_IDS.length}
        text={text}
        onGo={go}
      />

      {dimension ? (
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
          {showErrors[step] && stepMissing.length > 0 && (
            <p class="notice warn" role="alert">
              {t('step.incomplete', { count: stepMissing.length })}
            </p>
          )}
          <div class="btn-row rd-nav">
            {step > 0 && (
              <button type="button" class="btn secondary" onClick={() => go(step - 1)}>
                {t('nav.back')}
              </button>
            )}
            <button type="button" class="btn" onClick={next} data-next>
              {step === DIMENSIONS.length - 1 ? t('nav.result') : t('nav.next')}
            </button>
          </div>
        </section>
      ) : (
        <section class="rd-result" aria-labelledby="rd-result-title">
          <h2 id="rd-result-title" tabIndex={-1} ref={headingRef}>
            {t('result.heading')}
          </h2>
          <ResultStep
            locale={locale}
            text={text}
            guides={guides}
            links={links}
            notices={notices}
            answers={answers}
            open={open}
            profile={profile}
            profileText={profileText}
            shareUrl={() => readinessShareUrl(window.location)}
            onGoToOpen={() => go(firstOpenStep(answers))}
            onAnnounce={setAnnouncement}
            fallback={<p class="muted" aria-busy="true">…</p>}
          />
          <div class="btn-row rd-nav">
            <button type="button" class="btn secondary" onClick={() => go(0)}>
              {t('nav.edit')}
            </button>
            <button type="button" class="btn danger" onClick={restart}>
              {t('nav.restart')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

export default function ReadinessCheck(props: Props) {
  provideSourceLabels(props.sourceLabels);
  return <ReadinessCheckIsland {...props} />;
}
