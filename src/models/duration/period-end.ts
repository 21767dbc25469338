import { workingPeriodEnd } from '@/models/calendar';

/**
 * Inclusive last day of a period that starts on `start` and lasts `weeks` weeks of work: a public
 * holiday inside it pushes the end out by the working days it takes.
 */
export function periodEnd(start: string, weeks: number): string {
  return workingPeriodEnd(start, weeks);
}
