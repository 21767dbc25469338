// Shared calendar helpers: ISO dates and the Spring Festival. Used by the duration estimator,
// the readiness check and the plan page; pure, no DOM.
export * from './iso-date';
export * from './spring-festival';
