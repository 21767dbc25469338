// The warnings with what to do about each and the guide that explains it.
import { localizePath } from '@/i18n/url';
import type { DurationEstimate, DurationWarning } from '@/models/duration';
import type { Text } from './text';

/** The guide that explains each warning (slugs of content/guides). */
export const WARNING_GUIDE: Record<DurationWarning['code'], string> = {
  'year-end': 'when-not-to-start',
  'spring-festival': 'when-not-to-start',
  expansion: 'when-not-to-start',
  'key-staff': 'when-not-to-start',
  'switching-vendor': 'implementation-timeline',
  'low-commitment': 'team-and-training',
  'many-integrations': 'data-migration',
};

/** Calendar warnings have a sentence per phase; the others one sentence. */
export function warningKey(w: DurationWarning): string {
  return w.code === 'year-end' || w.code === 'spring-festival' ? `warning.${w.code}.${w.phase}` : `warning.${w.code}`;
}

export function Warnings({ estimate, text }: { estimate: DurationEstimate; text: Text }) {
  const { t } = text;
  return (
    <section class="dur-warnings" aria-labelledby="dur-warnings-title">
      <h3 id="dur-warnings-title">{t('warning.heading')}</h3>
      {estimate.warnings.length === 0 ? (
        <p class="muted">{t('warning.none')}</p>
      ) : (
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
                <p>{t(`${key}.action`)}</p>
                <p class="print-links">
                  <a href={localizePath(`/guides/${guide}/`, text.locale)}>{t(`warning.link.${guide}`)}</a>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
