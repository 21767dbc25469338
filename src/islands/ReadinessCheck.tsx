// The readiness self-assessment island: the questions in short steps by dimension, then the result. No scoring
// here; the model decides, the store keeps the answers, the components render.
import { provideSourceLabels } from '@/components/shared/source-labels';
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '@/i18n/locales';
import { todayIso } from '@/models/calendar/iso-date';
import { DIMENSIONS, QUESTION_IDS, completeDimensions, unansweredQuestions } from '@/models/readiness';
import { RESULT_STEP, firstOpenStep } from '@/stores/readiness';
import { ArrivalNotices } from '@/components/readiness/ArrivalNotices';
import { QuestionStep } from '@/components/readiness/QuestionStep';
import { ResultSection } from '@/components/readiness/ResultSection';
import { StepNav } from '@/components/readiness/StepNav';
import { useReadinessView } from '@/components/readiness/useReadinessView';
import { useStepFlow } from '@/components/readiness/useStepFlow';
import { toggleScenarios } from '@/components/shared/tool-extras';
import { makeText, type GuideLinks, type Strings } from '@/components/readiness/text';
import type { ProfileStrings } from '@/components/shared/profile-text';
import { usePrintRunningHead } from '@/components/shared/running-head';

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

function ReadinessCheckIsland({ locale, strings, guides, links, notices, profileText, scenariosLabel }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const { t } = text;
  const { ready, state, profile, storageAvailable, taken, replacedStart } = useReadinessView(profileText, locale);
  // The company's name in the margin of the printout, as on the plan's.
  usePrintRunningHead(profile.companyName);
  // The verdict, said by the result step (loaded on demand) into a live region that is always there.
  const [announcement, setAnnouncement] = useState('');
  const { answers, step } = state;
  const flow = useStepFlow(step);
  const open = unansweredQuestions(answers);
  const dimension = step < RESULT_STEP ? DIMENSIONS[step]! : null;
  const shared = { text, locale, answers, open, profile, profileText, headingRef: flow.headingRef };

  return (
    <div class="rd" data-ready={ready ? 'true' : undefined} data-step={step}>
      <ArrivalNotices
        text={text}
        plannedStart={answers.plannedStart}
        replacedStart={replacedStart}
        storageOff={ready && !storageAvailable}
        storageUnavailable={notices.storageUnavailable}
        taken={taken}
        changeLabel={profileText['profile.change']}
        onChange={() => {
          flow.go(0);
          requestAnimationFrame(() => document.getElementById('rd-profile-employees')?.focus());
        }}
      />

      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('readiness', '.rd', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>
      <div class="visually-hidden" aria-live="polite">
        {dimension ? '' : announcement}
      </div>
      <div class="rd-print-head" aria-hidden="true">
        <p class="rd-print-title">{t('print.title')}</p>
        {/* Today is the browser's, so the date is there once the page is live, never in the build. */}
        {ready && dimension === null && <p class="rd-print-date">{t('print.date', { date: text.date(todayIso()) })}</p>}
        {/* The questions do not print; part-way, the page says why there is no result on it. */}
        {dimension !== null && (
          <p class="rd-print-unfinished">{t('print.unfinished', { answered: QUESTION_IDS.length - open.length, total: QUESTION_IDS.length })}</p>
        )}
      </div>

      <StepNav step={step} complete={completeDimensions(open)} answered={QUESTION_IDS.length - open.length} total={QUESTION_IDS.length} text={text} onGo={flow.go} />

      {dimension ? (
        <QuestionStep
          {...shared}
          step={step}
          dimension={dimension}
          showErrors={Boolean(flow.showErrors[step])}
          onBack={() => flow.go(step - 1)}
          onNext={flow.next}
        />
      ) : (
        <ResultSection
          {...shared}
          guides={guides}
          links={links}
          notices={notices}
          onGoToOpen={() => flow.go(firstOpenStep(answers))}
          onAnnounce={setAnnouncement}
          onEdit={() => flow.go(0)}
          onRestart={flow.restart}
        />
      )}
    </div>
  );
}

export default function ReadinessCheck(props: Props) {
  provideSourceLabels(props.sourceLabels);
  return <ReadinessCheckIsland {...props} />;
}
