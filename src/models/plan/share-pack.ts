// The whole plan in a share link (current format): the profile and each used tool in its own compact
// form, 0 for a tool not used. First-format plan links held `{ k, v, p }`; `legacy` takes their `p`.
import { at, indexIn, isList, packDate, unpackDate } from '@/lib/pack';
import { hasOwn, isObj, own } from '@/lib/untrusted';
import { COMPANY_SIZES, CURRENT_TOOLS, type Profile } from '@/models/profile';
import { DURATION_SHARE } from '@/models/duration/share-pack';
import { READINESS_SHARE } from '@/models/readiness/share-pack';
import { SELECTION_SHARE } from '@/models/matrix/share-pack';
import { KPI_SHARE } from '@/models/kpi/share-pack';
import { PLAN_KIND, PLAN_VERSION } from './limits';
import type { PlanState } from './types';

const packProfile = (p: Profile): unknown[] => [
  p.companyName,
  indexIn(COMPANY_SIZES, p.companySize as never),
  p.industry,
  p.employees ?? 0,
  packDate(p.plannedStart),
  CURRENT_TOOLS.reduce((bits, t, i) => (p.currentTools.includes(t) ? bits | (1 << i) : bits), 0),
];

function unpackProfile(p: unknown): Record<string, unknown> | null {
  if (!isList(p, 6) || typeof p[5] !== 'number') return null;
  const tools = p[5];
  return {
    version: 1,
    companyName: p[0],
    companySize: p[1] === -1 ? null : at(COMPANY_SIZES, p[1]),
    industry: p[2],
    employees: p[3] === 0 ? null : p[3],
    plannedStart: unpackDate(p[4]) ?? null,
    currentTools: CURRENT_TOOLS.filter((_, i) => tools & (1 << i)),
  };
}

/** A part's packed form, or 0 when the tool is not used. */
const part = <T>(value: T | null, pack: (v: T) => unknown): unknown => (value === null ? 0 : pack(value));
function unpart(p: unknown, unpack: (p: unknown) => unknown): unknown {
  if (p === 0) return null;
  const value = unpack(p);
  // Something the part's codec cannot read becomes a value its strict reader refuses.
  return value ?? 'unreadable';
}

export const PLAN_SHARE = {
  pack: (plan: PlanState): unknown[] => [
    packProfile(plan.profile),
    part(plan.readiness, READINESS_SHARE.pack),
    part(plan.duration, DURATION_SHARE.pack),
    part(plan.selection, SELECTION_SHARE.pack),
    part(plan.kpi, KPI_SHARE.pack),
  ],
  unpack(p: unknown): Record<string, unknown> | null {
    if (!isList(p, 5)) return null;
    const profile = unpackProfile(p[0]);
    if (!profile) return null;
    return {
      profile,
      readiness: unpart(p[1], READINESS_SHARE.unpack),
      duration: unpart(p[2], DURATION_SHARE.unpack),
      selection: unpart(p[3], SELECTION_SHARE.unpack),
      kpi: unpart(p[4], KPI_SHARE.unpack),
    };
  },
  legacy(raw: unknown): unknown | null {
    if (!isObj(raw) || own(raw, 'k') !== PLAN_KIND || own(raw, 'v') !== PLAN_VERSION || !hasOwn(raw, 'p')) return null;
    return own(raw, 'p');
  },
};
