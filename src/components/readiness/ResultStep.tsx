// The result step: the verdict, the hand-off to the duration estimator, sharing and the answers.
// Loaded when the visitor reaches it, with the scoring model behind it (`@/stores/readiness-result`).
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { Locale } from '@/i18n/locales';
import { companyContext, type Profile } from '@/models/profile';
import { handedOffInput, type QuestionId, type ReadinessAnswers } from '@/models/readiness';
import { $readinessHandoff, $readinessResult, handOffToDuration } from '@/stores/readiness-result';
import { $readinessCompany } from '@/stores/readiness';
import { joinSummary, profileSummary, type ProfileStrings } from '@/components/shared/profile-text';
import { ResultView } from './ResultView';
import { AnswersSummary } from './AnswersSummary';
import { ShareBar } from './ShareBar';
import type { GuideLinks, Text } from './text';

export interface ResultStepProps {
  locale: Locale;
  text: Text;
  guides: GuideLinks;
  links: { duration: string; plan: string | null };
  notices: { copyLink: string; linkCopied: string; print: string; showQr: string };
  answers: Partial<ReadinessAnswers>;
  open: QuestionId[];
  profile: Profile;
  profileText: ProfileStrings;
  shareUrl: () => Promise<string | null>;
  /** Go to the first unanswered question. */
  onGoToOpen: () => void;
  /** Says the verdict in the island's live region. */
  onAnnounce: (text: string) => void;
}

export default function ResultStep({ locale, text, guides, links, notices, answers, open, profile, profileText, shareUrl, onGoToOpen, onAnnounce }: ResultStepProps) {
  const { t } = text;
  const result = useStore($readinessResult);
  const handoff = useStore($readinessHandoff);
  const [handingOff, setHandingOff] = useState(false);
  // The company the result is for: the visitor's, or the one a colleague's answers came with.
  const facts = useStore($readinessCompany);
  const company = profileSummary({ ...profile, ...facts }, profileText, locale, { start: false });
  const said = result ? `${t(`verdict.${result.verdict}.title`)}. ${t('result.score', { score: result.score })}` : '';
  useEffect(() => onAnnounce(said), [said]);

  const handOff = async () => {
    setHandingOff(true);
    await handOffToDuration();
    // The estimator says on arrival what it took from these answers.
    window.location.assign(`${links.duration}?from=readiness`);
  };

  // What the estimator will receive: the answers here, refined by the profile's size and tools.
  const carried = handoff ? handedOffInput(handoff, companyContext(facts)) : null;

  if (!result) {
    return (
      <div class="notice warn">
        <p>{t('result.incomplete', { list: text.list(open.map((id) => t(`q.${id}.label`))) })}</p>
        <button type="button" class="btn" onClick={onGoToOpen}>
          {t('result.goTo')}
        </button>
      </div>
    );
  }
  return (
    <>
      <ResultView result={result} text={text} guides={guides} />
      {handoff && (
        <div class="card rd-handoff no-print">
          <h3>{t('handoff.heading')}</h3>
          <p>{t('handoff.text')}</p>
          <p class="muted" data-testid="handoff-summary">
            {t('handoff.summary', {
              level: handoff.internalCommitment,
              maturity: carried?.digitalMaturity ?? handoff.digitalMaturity,
              integrations: carried?.integrations ?? handoff.integrations,
              expanding: t(handoff.expanding ? 'yes' : 'no'),
              turnover: t(handoff.keyStaffTurnover ? 'yes' : 'no'),
              start: handoff.plannedStart ? text.date(handoff.plannedStart) : t('handoff.noStart'),
            })}
            {company.length > 0 && <> {t('handoff.company', { company: joinSummary(company, locale) })}</>}
          </p>
          <button type="button" class="btn" onClick={handOff} disabled={handingOff} data-handoff>
            {t('handoff.button')}
          </button>
        </div>
      )}
      <ShareBar text={text} notices={notices} shareUrl={shareUrl} state={answers} />
      {links.plan && (
        <p class="muted no-print">
          {t('page.planNote')} <a href={links.plan}>{t('page.planLink')}</a>
        </p>
      )}
      <AnswersSummary answers={answers} text={text} />
    </>
  );
}
