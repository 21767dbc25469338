// The selection matrix reads numbers with the shared reader; weights, scores and prices take no unit.
export { parseNumber, roundTo, type ParsedNumber } from '../shared/numbers';
