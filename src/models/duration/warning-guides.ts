// The guide that explains each estimator warning (slugs of content/guides), for the estimator's
// warning list and the plan's next actions alike, so both send the visitor to the same page.
import type { DurationWarning } from './types';

export const WARNING_GUIDE: Readonly<Record<DurationWarning['code'], string>> = {
  'december-start': 'when-not-to-start',
  'first-month-festival': 'when-not-to-start',
  'training-before-festival': 'when-not-to-start',
  'go-live-near-festival': 'when-not-to-start',
  expansion: 'when-not-to-start',
  'key-staff': 'when-not-to-start',
  'switching-vendor': 'implementation-timeline',
  'low-commitment': 'team-and-training',
  'many-integrations': 'data-migration',
};
