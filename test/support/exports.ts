// Readers for the files the site exports, built on independent parsers (papaparse for CSV, ical.js for
// iCalendar) so that a test never checks an export with the code that wrote it. The few rules the
// parsers are lenient about and a calendar app is not (CRLF, 75-octet lines) are checked here.
import Papa from 'papaparse';
import ICAL from 'ical.js';

/** Rows of a CSV file as a spreadsheet would read them; throws on a malformed file. A leading BOM is dropped. */
export function readCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n$/, '');
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, newline: '\r\n', delimiter: ',' });
  if (result.errors.length > 0) throw new Error(`CSV does not parse: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data;
}

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** The day after the last day (iCalendar's exclusive end), YYYY-MM-DD. */
  endExclusive: string;
  allDay: boolean;
}

/** The events of an .ics file, read by ical.js after the line rules of RFC 5545 are checked. */
export function readIcs(text: string): { calendar: Record<string, string>; events: IcsEvent[] } {
  if (!text.endsWith('\r\n')) throw new Error('ICS must end with CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('bare LF in ICS');
  const encoder = new TextEncoder();
  for (const line of text.slice(0, -2).split('\r\n')) {
    if (encoder.encode(line).length > 75) throw new Error(`line longer than 75 octets: ${line}`);
  }
  const root = new ICAL.Component(ICAL.parse(text));
  if (root.name !== 'vcalendar') throw new Error('not a VCALENDAR');
  const calendar: Record<string, string> = {};
  for (const name of ['version', 'prodid', 'calscale', 'method', 'x-wr-calname']) {
    const value = root.getFirstPropertyValue(name);
    if (value !== null && value !== undefined) calendar[name.toUpperCase()] = String(value);
  }
  const events = root.getAllSubcomponents('vevent').map((component): IcsEvent => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? '',
      start: event.startDate.toString().slice(0, 10),
      endExclusive: event.endDate.toString().slice(0, 10),
      allDay: event.startDate.isDate && event.endDate.isDate,
    };
  });
  return { calendar, events };
}
