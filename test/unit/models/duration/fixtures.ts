// Shared inputs and generators for the duration model's tests.
import fc from 'fast-check';
import { DEFAULT_DURATION_INPUT, type DurationInput, type Level } from '@/models/duration';

const M = 4.33;
export const months = (n: number) => n * M;

export const TYPICAL_MEDIUM: DurationInput = { ...DEFAULT_DURATION_INPUT };

export const SMALL_READY: DurationInput = {
  ...DEFAULT_DURATION_INPUT,
  companySize: 'small',
  complexity: 1,
  digitalMaturity: 5,
  vendorSupport: 5,
  internalCommitment: 5,
  deployment: 'cloud',
  platform: 'saas',
  integrations: 0,
};

export const LARGE_COMPLEX_CUSTOM: DurationInput = {
  ...DEFAULT_DURATION_INPUT,
  companySize: 'large',
  complexity: 5,
  digitalMaturity: 1,
  platform: 'custom',
  deployment: 'onPremise',
  integrations: 6,
};

export const WORST: DurationInput = {
  companySize: 'large',
  complexity: 5,
  digitalMaturity: 1,
  vendorSupport: 1,
  internalCommitment: 1,
  deployment: 'onPremise',
  platform: 'custom',
  integrations: 20,
  switchingVendor: true,
  agile: false,
  expanding: true,
  keyStaffTurnover: true,
};

const level = fc.constantFrom<Level>(1, 2, 3, 4, 5);

export const isoDateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const inputArb: fc.Arbitrary<DurationInput> = fc.record(
  {
    companySize: fc.constantFrom('small', 'medium', 'large'),
    complexity: level,
    digitalMaturity: level,
    vendorSupport: level,
    internalCommitment: level,
    deployment: fc.constantFrom('cloud', 'hybrid', 'onPremise'),
    platform: fc.constantFrom('saas', 'lowCode', 'custom'),
    integrations: fc.integer({ min: 0, max: 20 }),
    switchingVendor: fc.boolean(),
    agile: fc.boolean(),
    expanding: fc.boolean(),
    keyStaffTurnover: fc.boolean(),
    startDate: isoDateArb,
  },
  { requiredKeys: ['companySize', 'complexity', 'digitalMaturity', 'vendorSupport', 'internalCommitment', 'deployment', 'platform', 'integrations', 'switchingVendor', 'agile'] },
) as fc.Arbitrary<DurationInput>;
