// The estimator's answers in a share link: one array in form order, choices as their index, flags as
// 0/1, the start date as a number. The validator reads the unpacked object as it reads any input.
import { at, bit, indexIn, isList, packDate, unbit, unpackDate } from '@/lib/pack';
import { COMPANY_SIZES, DEPLOYMENTS, PLATFORMS } from './defaults';
import type { DurationInput } from './types';

export const DURATION_SHARE = {
  pack: (d: DurationInput): unknown[] => [
    indexIn(COMPANY_SIZES, d.companySize),
    d.complexity,
    d.digitalMaturity,
    d.vendorSupport,
    d.internalCommitment,
    indexIn(DEPLOYMENTS, d.deployment),
    indexIn(PLATFORMS, d.platform),
    d.integrations,
    bit(d.switchingVendor),
    bit(d.agile),
    bit(d.expanding),
    bit(d.keyStaffTurnover),
    packDate(d.startDate),
  ],
  unpack(p: unknown): Record<string, unknown> | null {
    if (!isList(p, 13)) return null;
    const out: Record<string, unknown> = {
      companySize: at(COMPANY_SIZES, p[0]),
      complexity: p[1],
      digitalMaturity: p[2],
      vendorSupport: p[3],
      internalCommitment: p[4],
      deployment: at(DEPLOYMENTS, p[5]),
      platform: at(PLATFORMS, p[6]),
      integrations: p[7],
      switchingVendor: unbit(p[8]),
      agile: unbit(p[9]),
      expanding: unbit(p[10]),
      keyStaffTurnover: unbit(p[11]),
    };
    const start = unpackDate(p[12]);
    if (start !== undefined) out.startDate = start;
    return out;
  },
};
