import { describe, expect, it } from 'vitest';
import { daysBetween } from '@/models/calendar';
import { estimateDuration } from '@/models/duration';
import { chartLayout } from '@/models/duration/chart-layout';
import { TYPICAL_MEDIUM } from './fixtures';

describe('where the schedule charts draw the phases', () => {
  it('without a start date, on weeks of work', () => {
    const e = estimateDuration(TYPICAL_MEDIUM);
    const layout = chartLayout(e);
    layout.bars.forEach((b, i) => {
      expect(b.from).toBe(e.phases[i]!.startWeek);
      expect(b.likelyEnd).toBeCloseTo(e.phases[i]!.startWeek + e.phases[i]!.likelyWeeks);
    });
    expect(layout.goLive).toBe(e.total.likelyWeeks);
  });
  it('with one, on calendar time: each bar ends where its dates say, longer where a holiday falls inside', () => {
    const start = '2026-08-03';
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: start });
    const layout = chartLayout(e, start);
    layout.bars.forEach((b, i) => {
      const p = e.phases[i]!;
      expect(b.from * 7).toBeCloseTo(daysBetween(start, p.startDate!));
      expect(b.likelyEnd * 7).toBeCloseTo(daysBetween(start, p.endDate!) + 1);
    });
    // Golden Week falls in this schedule: the drawn go-live is later than the weeks of work alone.
    expect(layout.goLive).toBeGreaterThan(e.total.likelyWeeks);
    expect(layout.maxWeeks).toBeGreaterThanOrEqual(layout.goLive);
  });
});

describe('holiday bands', () => {
  it('with a start date, each holiday that takes working days is a band at its dates; without one, none', () => {
    const start = '2026-08-03';
    const e = estimateDuration({ ...TYPICAL_MEDIUM, startDate: start });
    const { holidays } = chartLayout(e, start);
    const golden = holidays.find((h) => h.id === 'national-day')!;
    expect(golden.from * 7).toBeCloseTo(daysBetween(start, '2026-10-01'));
    expect(golden.to * 7).toBeCloseTo(daysBetween(start, '2026-10-07') + 1);
    expect(chartLayout(estimateDuration(TYPICAL_MEDIUM)).holidays).toEqual([]);
  });
});
