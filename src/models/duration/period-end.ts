import { workingPeriodEnd } from '@/models/calendar';

/**
 * Inclusive last day of a period that starts on `start` and lasts `weeks` weeks of work (five working
 * days each): a working day, later by the working days a public holiday inside it takes.
 */
export function periodEnd(start: string, weeks: number): string {
  return workingPeriodEnd(start, weeks);
}
