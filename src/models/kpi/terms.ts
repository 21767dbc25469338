// Where a row of the sheet belongs (short, mid or long term) and how the sheet adds up, for the editor's
// groups and its one-line summary.
import { isIsoDate } from '@/models/calendar';
import { horizonOf, monthsBetween } from './months';
import type { RowResult, SheetRow } from './sheet';
import type { Attainability, Horizon } from './types';

/** A row's term: from its evaluation, else from its deadline alone (a row half filled in), else null. */
export function rowTerm(row: SheetRow, result: RowResult | undefined, today: string): Horizon | null {
  if (result?.ok) return result.evaluation.horizon;
  if (isIsoDate(row.deadline) && row.deadline > today) return horizonOf(monthsBetween(today, row.deadline));
  return null;
}

export type AttainabilityCounts = Record<Attainability | 'incomplete', number>;

/** How many rows are attainable, a stretch, unlikely, or not complete enough to judge. */
export function countAttainability(results: readonly RowResult[]): AttainabilityCounts {
  const counts: AttainabilityCounts = { yes: 0, stretch: 0, unlikely: 0, incomplete: 0 };
  for (const r of results) counts[r.ok ? r.evaluation.smart.attainable : 'incomplete'] += 1;
  return counts;
}
