import { describe, expect, it } from 'vitest';
import { computeLunarDate, computeSpringFestivalDate } from '@/models/calendar/lunar-compute';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from '@/models/calendar/lunar-table';
import { dragonBoatDate, midAutumnDate, springFestivalDate } from '@/models/calendar';

// The browser reads the lunar holidays from a generated table; the computation it was generated
// from (ICU's Chinese calendar, corrected by the true new moon) is the reference.
describe('the lunar table agrees with the computation for every year it covers', () => {
  it(`Spring Festival, Dragon Boat and Mid-Autumn, ${LUNAR_FIRST_YEAR}-${LUNAR_LAST_YEAR} (regenerate with scripts/build-lunar-table.mjs)`, () => {
    const wrong: string[] = [];
    for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) {
      if (springFestivalDate(y) !== computeSpringFestivalDate(y)) wrong.push(`${y} new year`);
      if (dragonBoatDate(y) !== computeLunarDate(y, 5, 5)) wrong.push(`${y} dragon boat`);
      if (midAutumnDate(y) !== computeLunarDate(y, 8, 15)) wrong.push(`${y} mid-autumn`);
    }
    expect(wrong).toEqual([]);
  });
  it('covers every date the tools accept (1950-2199) and a project started at the end of it', () => {
    expect(LUNAR_FIRST_YEAR).toBeLessThanOrEqual(1950);
    expect(LUNAR_LAST_YEAR).toBeGreaterThanOrEqual(2199 + 5);
  });
  it('published dates: Dragon Boat 2026 is 19 June, Mid-Autumn 2026 is 25 September', () => {
    expect(dragonBoatDate(2026)).toBe('2026-06-19');
    expect(midAutumnDate(2026)).toBe('2026-09-25');
  });
});
