// Shared calendar helpers: ISO dates, the Spring Festival and China's working calendar. Used by the
// duration estimator, the readiness self-assessment and the plan page; pure, no DOM.
export * from './iso-date';
export * from './date-range';
export * from './spring-festival';
export * from './business-calendar';
export * from './working-time';
