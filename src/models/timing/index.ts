// One timing assessment for every tool: pure, no DOM, no i18n.
export type * from './types';
export { assessTiming, timingFindings, placePoints, BEFORE_BREAK_DAYS } from './assess';
export { timingSeenOn } from './seen-on';
export { startMonths, type StartMonth } from './start-months';
