// The report's title block: on paper the top of the first page, with the company name exactly as
// typed and the date; on screen a compact header.
import type { Profile } from '@/models/profile';
import type { Text } from './text';

interface Props {
  profile: Profile;
  /** The day the report was computed for (the example's own fixed day). */
  today: string;
  mode: 'live' | 'shared' | 'example';
  siteUrl: string;
  text: Text;
}

export function Cover({ profile, today, mode, siteUrl, text }: Props) {
  const { t } = text;
  const details = [
    profile.industry ? t('cover.industry', { industry: profile.industry }) : '',
    profile.employees !== null ? t('cover.employees', { n: text.num(profile.employees, 0) }) : '',
  ].filter(Boolean);
  return (
    <header class="plan-cover">
      <p class="plan-cover-kicker">{t('cover.kicker')}</p>
      <p class="plan-cover-company" data-testid="plan-company">
        {profile.companyName || <span class="muted">{t('cover.noCompany')}</span>}
      </p>
      {details.length > 0 && <p class="plan-cover-details">{details.join(' · ')}</p>}
      <p class="plan-cover-date">{t('cover.prepared', { date: text.date(today) })}</p>
      {mode === 'shared' && <p class="plan-cover-note">{t('cover.shared')}</p>}
      {mode === 'example' && <p class="plan-cover-note">{t('cover.example')}</p>}
      <p class="plan-cover-source print-only">{t('cover.source', { url: siteUrl })}</p>
    </header>
  );
}
