/**
 * Calendar dates as ISO `YYYY-MM-DD` strings.
 *
 * Tools keep dates as plain strings because they travel through localStorage, share links and
 * `.ics`/CSV files unchanged. Arithmetic is done on whole UTC days so that the visitor's time zone
 * and daylight-saving shifts can never move a date by one.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Years the helpers accept; outside this a four-digit ISO string cannot represent the result. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a strict `YYYY-MM-DD` that names a real day (no 2025-02-30), or returns null. */
export function parseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats parts or a `Date` (read in UTC) as `YYYY-MM-DD`. Throws RangeError outside years 1-9999. */
export function toIsoDate(value: DateParts | Date): string {
  const parts =
    value instanceof Date
      ? { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }
      : value;
  if (!Number.isInteger(parts.year) || parts.year < MIN_YEAR || parts.year > MAX_YEAR) {
    throw new RangeError(`year out of range: ${parts.year}`);
  }
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

function requireParts(iso: string): DateParts {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`not an ISO date: ${String(iso)}`);
  return parts;
}

/** Whole days since 1970-01-01 (negative before). */
export function toDayNumber(iso: string): number {
  const { year, month, day } = requireParts(iso);
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): string {
  return toIsoDate(new Date(dayNumber * MS_PER_DAY));
}

export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number: ${days}`);
  return fromDayNumber(toDayNumber(iso) + days);
}

export function addWeeks(iso: string, weeks: number): string {
  // Fractional weeks are allowed (estimates are in weeks); they round to the nearest day.
  if (!Number.isFinite(weeks)) throw new RangeError(`weeks must be finite: ${weeks}`);
  return addDays(iso, Math.round(weeks * 7));
}

/** Calendar months; the day is clamped to the end of a shorter month (01-31 + 1 month = 02-28/29). */
export function addMonths(iso: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number: ${months}`);
  const { year, month, day } = requireParts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** b - a in days. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Negative, zero or positive like a sort comparator; ISO strings of equal width sort as text. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the inclusive ranges [aStart, aEnd] and [bStart, bEnd] share at least one day. */
export function rangesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

// One formatter per time zone: building one is slow (tens of milliseconds on a phone, the first time).
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today in the given time zone (default: the runtime's), as `YYYY-MM-DD`. */
export function todayIso(timeZone?: string): string {
  const now = new Date();
  // The runtime's own zone is what Date's local fields already give; no formatter needed.
  if (timeZone === undefined) return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate({ year: get('year'), month: get('month'), day: get('day') });
}
