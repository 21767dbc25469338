// The KPI sheet reads numbers with the shared reader; its values may carry a percent sign ("85%").
import { parseNumber as parse, type ParsedNumber } from '../shared/numbers';

export type { ParsedNumber };
export { roundTo } from '../shared/numbers';

export function parseNumber(value: unknown): ParsedNumber {
  return parse(value, { percentSign: true });
}
