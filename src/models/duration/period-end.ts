import { addDays } from '@/models/calendar';

/** Inclusive last day of a period that starts on `start` and lasts `weeks`. */
export function periodEnd(start: string, weeks: number): string {
  return addDays(start, Math.max(0, Math.round(weeks * 7) - 1));
}
