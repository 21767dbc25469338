// The verdict and everything behind it: score, radar chart and table, reasons, red flags with their
// sources, dated timing advice and the actions in order with links to the guides.
import { useState } from 'preact/hooks';
import type { ReadinessResult } from '@/models/readiness';
import { FLAG_SOURCES, THRESHOLDS } from '@/models/readiness';
import { SOURCES } from '@/site';
import { Cited } from '../shared/Cited';
import { refText } from '@/lib/sources';
import { RadarChart, DimensionTable } from './RadarChart';
import { estimatorAnswersNote } from './estimator-answers';
import type { GuideLinks, Text } from './text';

const VERDICT_CLASS = { go: 'ok', 'go-with-care': 'warn', wait: 'danger' } as const;
const VERDICT_ICON = { go: '✓', 'go-with-care': '!', wait: '■' } as const;

/** "[5] and [3] (a no-code vendor's article)": the flag's sources, linked by <Cited>. */
function sourceList(text: Text, ids: readonly string[]): string {
  const vendor = new Set<string>(SOURCES.filter((s) => s.vendor).map((s) => s.id));
  return text.list(ids.map((id) => (vendor.has(id) ? text.t('source.vendor', { source: refText(id) }) : refText(id))));
}

export function VerdictBanner({ result, text }: { result: ReadinessResult; text: Text }) {
  const { t, num } = text;
  const v = result.verdict;
  return (
    <div class={`rd-verdict rd-verdict-${VERDICT_CLASS[v]}`} data-verdict={v}>
      <p class="rd-verdict-title">
        <span class="rd-verdict-icon" aria-hidden="true">
          {VERDICT_ICON[v]}
        </span>
        <span class="visually-hidden">
          {t('result.verdictLabel')}
          {t('label.colon')}
        </span>
        {t(`verdict.${v}.title`)}
      </p>
      <p class="rd-verdict-sentence">{t(`verdict.${v}.sentence`)}</p>
      <p class="rd-score">
        {t('result.scoreLabel')}
        {t('label.colon')}
        <strong data-testid="readiness-score">{t('result.score', { score: num(result.score) })}</strong>
      </p>
    </div>
  );
}

function StartNotes({ result, text }: { result: ReadinessResult; text: Text }) {
  const s = result.startCheck;
  if (!s) return null;
  const { t, date } = text;
  return (
    <div class="rd-start">
      <p>
        {s.basis === 'planned' ? t('start.planned', { date: date(s.start) }) : t('start.today', { date: date(s.start) })}
        {s.inPast && t('label.sentenceGap') + t('start.inPast')}
      </p>
      {s.festival && (
        <p>
          {t('start.festival', {
            year: s.festival.newYearsDay.slice(0, 4),
            date: date(s.festival.newYearsDay),
            start: date(s.festival.start),
            end: date(s.festival.end),
          })}
          {s.suggestedStart && t('label.sentenceGap') + t('start.suggested', { date: date(s.suggestedStart) })}
        </p>
      )}
      {s.fromEstimator && <p class="muted" data-testid="readiness-estimator-answers">{estimatorAnswersNote(s.fromEstimator, text)}</p>}
    </div>
  );
}

/** Actions shown before "show all"; the rest stay one click away (and are always printed). */
const FIRST_ACTIONS = 5;

export function ResultView({ result, text, guides }: { result: ReadinessResult; text: Text; guides: GuideLinks }) {
  const { t, date } = text;
  const [allActions, setAllActions] = useState(false);
  const hidden = allActions ? 0 : Math.max(0, result.actions.length - FIRST_ACTIONS);
  const thresholds = { go: THRESHOLDS.go, care: THRESHOLDS.goWithCare };
  return (
    <>
      <VerdictBanner result={result} text={text} />

      <h3>{t('verdictReason.heading')}</h3>
      <ul class="rd-reasons">
        {result.verdictReasons.map((r) => (
          <li key={r}><Cited text={t(`verdictReason.${r}`, thresholds)} locale={text.locale} /></li>
        ))}
      </ul>

      <div class="rd-chart-row">
        <figure class="rd-figure">
          <RadarChart scores={result.dimensions} text={text} />
        </figure>
        <DimensionTable scores={result.dimensions} text={text} />
      </div>

      <h3 id="rd-flags-title">{t('flags.heading')}</h3>
      {result.redFlags.length === 0 ? (
        <p>{t('flags.none')}</p>
      ) : (
        <ul class="rd-flags" aria-labelledby="rd-flags-title">
          {result.redFlags.map(({ code }) => (
            <li key={code} class="rd-flag" data-flag={code}>
              <p class="rd-flag-title">
                <span aria-hidden="true">⚑ </span>
                {t(`flag.${code}.title`)}
              </p>
              <p><Cited text={t(`flag.${code}.reason`)} locale={text.locale} /></p>
              <p class="muted rd-source"><Cited text={t('flags.source', { sources: sourceList(text, FLAG_SOURCES[code]) })} locale={text.locale} /></p>
            </li>
          ))}
        </ul>
      )}
      <StartNotes result={result} text={text} />

      <h3 id="rd-actions-title">{t('actions.heading')}</h3>
      <p class="muted">{t('actions.intro')}</p>
      <ol class="rd-actions print-links" aria-labelledby="rd-actions-title">
        {result.actions.map(({ code, guide }, index) => {
          const link = guide ? guides[guide] : undefined;
          const suggested = result.startCheck?.suggestedStart;
          return (
            <li key={code} data-action={code} class={hidden && index >= FIRST_ACTIONS ? 'rd-extra' : undefined}>
              <p class="rd-action-title">{t(`action.${code}.title`)}</p>
              <p>{t(`action.${code}.text`, { date: suggested ? date(suggested) : '' })}</p>
              {link && (
                <p>
                  <a href={link.href}>{t('actions.guide', { title: link.title })}</a>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {hidden > 0 && (
        <p class="no-print">
          <button type="button" class="btn secondary" onClick={() => setAllActions(true)} data-more-actions>
            {t('actions.more', { count: hidden })}
          </button>
        </p>
      )}
    </>
  );
}
