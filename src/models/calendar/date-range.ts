/**
 * The start dates every tool accepts: anything outside is a typo. The Chinese calendar helpers (Spring
 * Festival, official holidays, working days) are tested over this range, so a plan never reaches a
 * year they cannot describe.
 */
export const PLAN_DATE_RANGE = { min: '1950-01-01', max: '2199-12-31' } as const;
