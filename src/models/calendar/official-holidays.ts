// The State Council's published holiday schedules (国务院办公厅关于节假日安排的通知), as published:
// each holiday's days off, and the weekend days worked in exchange (调休上班). Written out here rather
// than taken from a package: three years are a few hundred bytes, they ship to the browser with the
// duration estimator, and each line can be checked against the notice it comes from. Add a year when
// its notice appears (usually in November of the year before) and raise nothing else: later years
// are projected by rule in `business-calendar.ts` until then.
import type { HolidayId } from './business-calendar';

export interface OfficialPeriod {
  id: HolidayId;
  /** First and last day off, inclusive. */
  start: string;
  end: string;
}

export interface OfficialYear {
  periods: OfficialPeriod[];
  /** Saturdays and Sundays that are working days that year. */
  makeupWorkdays: string[];
}

export const OFFICIAL_HOLIDAYS: Readonly<Record<number, OfficialYear>> = {
  // The notice for 2024, published in October 2023.
  2024: {
    periods: [
      { id: 'new-year', start: '2023-12-30', end: '2024-01-01' },
      { id: 'spring-festival', start: '2024-02-10', end: '2024-02-17' },
      { id: 'qingming', start: '2024-04-04', end: '2024-04-06' },
      { id: 'labour-day', start: '2024-05-01', end: '2024-05-05' },
      { id: 'dragon-boat', start: '2024-06-08', end: '2024-06-10' },
      { id: 'mid-autumn', start: '2024-09-15', end: '2024-09-17' },
      { id: 'national-day', start: '2024-10-01', end: '2024-10-07' },
    ],
    makeupWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  // The notice for 2025, published in November 2024. Mid-Autumn (6 October) falls inside the National
  // Day break that year, which is why the break has eight days.
  2025: {
    periods: [
      { id: 'new-year', start: '2025-01-01', end: '2025-01-01' },
      { id: 'spring-festival', start: '2025-01-28', end: '2025-02-04' },
      { id: 'qingming', start: '2025-04-04', end: '2025-04-06' },
      { id: 'labour-day', start: '2025-05-01', end: '2025-05-05' },
      { id: 'dragon-boat', start: '2025-05-31', end: '2025-06-02' },
      { id: 'national-day', start: '2025-10-01', end: '2025-10-08' },
    ],
    makeupWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  // The notice for 2026, published in November 2025.
  2026: {
    periods: [
      { id: 'new-year', start: '2026-01-01', end: '2026-01-03' },
      { id: 'spring-festival', start: '2026-02-15', end: '2026-02-23' },
      { id: 'qingming', start: '2026-04-04', end: '2026-04-06' },
      { id: 'labour-day', start: '2026-05-01', end: '2026-05-05' },
      { id: 'dragon-boat', start: '2026-06-19', end: '2026-06-21' },
      { id: 'mid-autumn', start: '2026-09-25', end: '2026-09-27' },
      { id: 'national-day', start: '2026-10-01', end: '2026-10-07' },
    ],
    makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};
