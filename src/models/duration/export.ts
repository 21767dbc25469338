/**
 * The estimator's downloads: milestones as calendar events and the phase table as CSV. The
 * island passes the visitor's language as labels; the model never holds words.
 */
import { toCsv } from '@/lib/csv';
import { buildIcs, type IcsEvent } from './ics';
import { periodEnd } from './period-end';
import type { HolidayInPeriod } from '@/models/calendar';
import type { DurationEstimate, PhaseId } from './types';

export interface ExportLabels {
  phase: Record<PhaseId, string>;
  goLive: string; // summary of the go-live milestone
  p80: string; // summary of the date the project is 80% likely to be live by
  calendarName: string;
  eventDescription: string; // e.g. "Likely dates from the CRM duration estimator"
  /** A sentence naming the holidays that push a phase's end out, e.g. "Ends 6 working days later for Spring Festival ...". */
  holidaysMoved: (holidays: readonly HolidayInPeriod[]) => string;
  columns: {
    phase: string;
    startWeek: string;
    lowWeeks: string;
    likelyWeeks: string;
    highWeeks: string;
    startDate: string;
    endDate: string;
  };
  totalRow: string;
}

/**
 * Events for each dated phase, the likely go-live and the 80% date; empty when the estimate has no
 * dates. UIDs name the event and the project's start, not the event's own dates: exporting the
 * same project again after changing an answer updates the events a calendar already holds.
 */
export function milestoneEvents(estimate: DurationEstimate, labels: ExportLabels): IcsEvent[] {
  const projectStart = estimate.phases[0]?.startDate;
  if (!estimate.goLiveDate || !projectStart) return [];
  const uid = (what: string) => `${what}-${projectStart}@crm-playbook.duration`;
  const events: IcsEvent[] = estimate.phases
    .filter((p) => p.startDate && p.endDate)
    .map((p) => ({
      uid: uid(p.id),
      start: p.startDate!,
      end: p.endDate!,
      summary: labels.phase[p.id],
      description: p.holidays?.length ? `${labels.eventDescription}\n${labels.holidaysMoved(p.holidays)}` : labels.eventDescription,
    }));
  events.push({ uid: uid('go-live'), start: estimate.goLiveDate, summary: labels.goLive, description: labels.eventDescription });
  events.push({ uid: uid('p80'), start: estimate.p80Date ?? periodEnd(projectStart, estimate.total.p80Weeks), summary: labels.p80, description: labels.eventDescription });
  return events;
}

export function milestonesIcs(estimate: DurationEstimate, labels: ExportLabels, now: Date): string {
  return buildIcs(milestoneEvents(estimate, labels), {
    prodId: '-//CRM Implementation Playbook//Duration estimator//EN',
    dtstamp: now,
    calendarName: labels.calendarName,
  });
}

export function phaseTableCsv(estimate: DurationEstimate, labels: ExportLabels): string {
  const c = labels.columns;
  const rows: (string | number | undefined)[][] = [
    [c.phase, c.startWeek, c.lowWeeks, c.likelyWeeks, c.highWeeks, c.startDate, c.endDate],
    ...estimate.phases.map((p) => [
      labels.phase[p.id],
      p.startWeek,
      p.lowWeeks,
      p.likelyWeeks,
      p.highWeeks,
      p.startDate,
      p.endDate,
    ]),
    [labels.totalRow, 0, estimate.total.lowWeeks, estimate.total.likelyWeeks, estimate.total.highWeeks, estimate.phases[0]?.startDate, estimate.goLiveDate],
  ];
  return toCsv(rows);
}
