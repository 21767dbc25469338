// The warnings with what to do about each and the guide that explains it.
import { localizePath } from '@/i18n/url';
import type { DurationEstimate, DurationWarning } from '@/models/duration';
import type { Text } from './text';
import { Cited } from '@/components/shared/Cited';
import { WARNING_GUIDE } from '@/models/duration/warning-guides';

export function warningKey(w: DurationWarning): string {
  return `warning.${w.code}`;
}

/** A timing finding's sentence names its festival break. */
export function warningVars(w: DurationWarning, text: Text): Record<string, string> {
  return w.festival ? { start: text.date(w.festival.start), end: text.date(w.festival.end) } : {};
}

/**
 * The earliest start that clears every timing finding, with one button that applies it (the estimator
 * writes a new start date back to the shared profile, so the other tools see it too).
 */
function SuggestedStart({ estimate, text, onApply }: { estimate: DurationEstimate; text: Text; onApply: (date: string) => void }) {
  const { t } = text;
  const timing = estimate.timing;
  if (!timing?.suggestedStart || !estimate.suggestedGoLiveDate) return null;
  const goLive = estimate.suggestedGoLiveDate;
  return (
    <p class="dur-suggested-start" data-suggested-start={timing.suggestedStart}>
      {t('warning.suggestedStart', { date: text.date(timing.suggestedStart), goLive: text.date(goLive) })}{' '}
      <button type="button" class="btn secondary no-print" onClick={() => onApply(timing.suggestedStart!)}>
        {t('warning.applyStart', { date: text.date(timing.suggestedStart) })}
      </button>
    </p>
  );
}

/** The warnings as a list, with the start that clears the calendar ones (loaded when there are any). */
export default function WarningList({ estimate, text, onApply }: { estimate: DurationEstimate; text: Text; onApply: (date: string) => void }) {
  const { t } = text;
  return (
    <>
        <ul class="dur-warning-list">
          {estimate.warnings.map((w) => {
            const key = warningKey(w);
            const guide = WARNING_GUIDE[w.code];
            return (
              <li class="notice warn" key={`${w.code}-${w.phase ?? ''}`} data-warning={w.code}>
                <p>
                  <strong>{t(`${key}.title`)}</strong>
                  {w.phase && <span class="muted dur-warning-phase"> · {t('warning.phase', { phase: t(`phase.${w.phase}`) })}</span>}
                </p>
                <p><Cited text={t(`${key}.action`, warningVars(w, text))} locale={text.locale} /></p>
                <p class="print-links">
                  <a href={localizePath(`/guides/${guide}/`, text.locale)}>{t(`warning.link.${guide}`)}</a>
                </p>
              </li>
            );
          })}
        </ul>
      <SuggestedStart estimate={estimate} text={text} onApply={onApply} />
    </>
  );
}
