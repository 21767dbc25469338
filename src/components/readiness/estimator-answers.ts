// Which of the duration estimator's saved answers placed training and go-live, in words.
import type { DurationInput } from '@/models/duration/types';
import type { Text } from './text';

/** The order the note names them in; the fields the readiness questions and the profile decide never appear. */
const CHOICES = ['platform', 'deployment', 'companySize'] as const;
const LEVELS = ['complexity', 'vendorSupport'] as const;
const YES = ['switchingVendor', 'agile'] as const;

/** One sentence: the answers that differ from a typical company's, or that all of them are typical. */
export function estimatorAnswersNote(used: Partial<DurationInput>, text: Text): string {
  const { t } = text;
  const items = [
    ...CHOICES.filter((f) => used[f] !== undefined).map((f) => t(`estimator.${f}`, { value: t(`estimator.${f}.${used[f]}`) })),
    ...LEVELS.filter((f) => used[f] !== undefined).map((f) => t(`estimator.${f}`, { value: text.num(used[f]!) })),
    ...YES.filter((f) => used[f] === true).map((f) => t(`estimator.${f}`)),
  ];
  return items.length ? t('start.estimator', { list: text.list(items) }) : t('start.estimatorTypical');
}
