/**
 * Turns an input into each phase's three-point range: base range x the factors' multipliers
 * (capped), x risk multipliers, plus the weeks a vendor switch adds. Every table is monotone in how
 * unfavourable a factor is, which is what keeps "a worse factor never shortens anything" true.
 */
import {
  AGILE_FACTORS,
  BASE_RANGES,
  COMMITMENT_FACTORS,
  COMPLEXITY_FACTORS,
  DEPLOYMENT_FACTORS,
  INTEGRATIONS,
  MATURITY_FACTORS,
  MAX_MULTIPLIER,
  MIN_PHASE_WEEKS,
  PLATFORM_FACTORS,
  RISK_FACTORS,
  SIZE_FACTORS,
  SWITCHING_EXTRA_WEEKS,
  VENDOR_FACTORS,
  type LevelTable,
  type PhaseMultipliers,
} from './assumptions';
import { PHASE_IDS } from './defaults';
import type { DurationInput, Level, PhaseId, Range3 } from './types';

function fromLevel(table: LevelTable, phase: PhaseId, level: Level): number {
  return table[phase]?.[level - 1] ?? 1;
}

function from(table: PhaseMultipliers, phase: PhaseId): number {
  return table[phase] ?? 1;
}

/** Integrations counted with diminishing weight past `parallelAfter`. */
export function effectiveIntegrations(n: number): number {
  const { parallelAfter, parallelWeight } = INTEGRATIONS;
  return n <= parallelAfter ? n : parallelAfter + (n - parallelAfter) * parallelWeight;
}

/** The product of every structural factor for one phase, before the cap. */
export function phaseMultiplier(input: DurationInput, phase: PhaseId): number {
  const integrationRate = INTEGRATIONS.perIntegration[phase] ?? 0;
  return (
    from(SIZE_FACTORS[input.companySize], phase) *
    fromLevel(COMPLEXITY_FACTORS, phase, input.complexity) *
    fromLevel(MATURITY_FACTORS, phase, input.digitalMaturity) *
    fromLevel(VENDOR_FACTORS, phase, input.vendorSupport) *
    fromLevel(COMMITMENT_FACTORS, phase, input.internalCommitment) *
    from(DEPLOYMENT_FACTORS[input.deployment], phase) *
    from(PLATFORM_FACTORS[input.platform], phase) *
    (1 + integrationRate * (effectiveIntegrations(input.integrations) - INTEGRATIONS.baseline)) *
    (input.agile ? from(AGILE_FACTORS, phase) : 1)
  );
}

function riskMultipliers(input: DurationInput, phase: PhaseId): { likely: number; high: number } {
  let likely = 1;
  let high = 1;
  if (input.expanding) {
    likely *= from(RISK_FACTORS.expanding.likely, phase);
    high *= from(RISK_FACTORS.expanding.high, phase);
  }
  if (input.keyStaffTurnover) {
    likely *= from(RISK_FACTORS.keyStaffTurnover.likely, phase);
    high *= from(RISK_FACTORS.keyStaffTurnover.high, phase);
  }
  return { likely, high };
}

export function phaseRange(input: DurationInput, phase: PhaseId): Range3 {
  const base = BASE_RANGES[phase];
  const m = Math.min(phaseMultiplier(input, phase), MAX_MULTIPLIER);
  const risk = riskMultipliers(input, phase);
  const extra = input.switchingVendor ? SWITCHING_EXTRA_WEEKS[phase] : undefined;
  const floor = (x: number) => Math.max(MIN_PHASE_WEEKS, x);
  return {
    low: floor(base.low * m + (extra?.low ?? 0)),
    likely: floor(base.likely * m * risk.likely + (extra?.likely ?? 0)),
    high: floor(base.high * m * risk.high + (extra?.high ?? 0)),
  };
}

export function phaseRanges(input: DurationInput): Record<PhaseId, Range3> {
  return Object.fromEntries(PHASE_IDS.map((id) => [id, phaseRange(input, id)])) as Record<PhaseId, Range3>;
}
