/**
 * A minimal iCalendar (RFC 5545) writer for all-day events, pure so it can be unit-tested and
 * run in the browser without a library. Calendar apps are strict about three things, all handled
 * here: CRLF line endings, text escaping, and folding lines longer than 75 octets (UTF-8 octets,
 * so Chinese text folds sooner and a character is never split).
 */
import { addDays } from '@/models/calendar';

export interface IcsEvent {
  uid: string;
  start: string; // YYYY-MM-DD, first day
  end?: string; // YYYY-MM-DD, last day, inclusive; defaults to start
  summary: string;
  description?: string;
}

export interface IcsOptions {
  prodId: string; // e.g. "-//CRM Implementation Playbook//Duration estimator//EN"
  dtstamp: Date; // when the file was made; passed in so the function stays pure
  calendarName?: string;
}

export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = chunks.length === 0 ? 75 : 74; // continuation lines lose one octet to the space
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

function compactTimestamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeIcsText(options.calendarName)}`);
  const stamp = compactTimestamp(options.dtstamp);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.start)}`,
      // DTEND of an all-day event is exclusive: the day after the last day.
      `DTEND;VALUE=DATE:${compactDate(addDays(e.end ?? e.start, 1))}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
