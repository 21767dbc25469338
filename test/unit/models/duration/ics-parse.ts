// A strict-enough iCalendar reader for tests (unit and browser): unfolds lines, checks CRLF and
// line length, and returns the events' properties with text unescaped.

export interface ParsedEvent {
  [property: string]: string;
}

export function parseIcs(text: string): { calendar: Record<string, string>; events: ParsedEvent[] } {
  if (!text.endsWith('\r\n')) throw new Error('ICS must end with CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('bare LF in ICS');
  const physical = text.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  for (const line of physical) {
    if (encoder.encode(line).length > 75) throw new Error(`line longer than 75 octets: ${line}`);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines[lines.length - 1] !== 'END:VCALENDAR') throw new Error('not a VCALENDAR');
  const calendar: Record<string, string> = {};
  const events: ParsedEvent[] = [];
  let current: ParsedEvent | null = null;
  for (const line of lines.slice(1, -1)) {
    if (line === 'BEGIN:VEVENT') {
      if (current) throw new Error('nested VEVENT');
      current = {};
      continue;
    }
    if (line === 'END:VEVENT') {
      if (!current) throw new Error('END:VEVENT without BEGIN');
      events.push(current);
      current = null;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`bad content line: ${line}`);
    const name = line.slice(0, colon);
    const value = line
      .slice(colon + 1)
      .replace(/\\n/gi, '\n')
      .replace(/\\([,;\\])/g, '$1');
    (current ?? calendar)[name] = value;
  }
  if (current) throw new Error('unterminated VEVENT');
  return { calendar, events };
}

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF); strips a leading BOM. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
