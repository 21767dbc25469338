/**
 * The company profile every tool shares, so an answer given once is reused everywhere.
 * Pure: validation only, no storage.
 */
import { isObj, own } from '@/lib/untrusted';
import { boundedText } from './company-name';
// Size bands are the estimator's (its multipliers are defined per band); the profile reuses them.
import type { CompanySize } from '@/models/duration/types';
import { COMPANY_SIZES } from '@/models/duration/defaults';

export type { CompanySize };
export { COMPANY_SIZES };

/**
 * Where customer work happens today: spreadsheets (or paper), chat apps such as WeChat, an ERP, an
 * existing CRM. It tells the estimator how much data work lies ahead and whether a vendor is being replaced.
 */
export type CurrentTool = 'spreadsheets' | 'chat' | 'erp' | 'crm';
export const CURRENT_TOOLS: readonly CurrentTool[] = ['spreadsheets', 'chat', 'erp', 'crm'];

export interface Profile {
  version: 1;
  companyName: string;
  companySize: CompanySize | null;
  industry: string;
  employees: number | null;
  /** YYYY-MM-DD */
  plannedStart: string | null;
  /** In the order of CURRENT_TOOLS, each once; empty when not told. */
  currentTools: CurrentTool[];
}

export const DEFAULT_PROFILE: Profile = {
  version: 1,
  companyName: '',
  companySize: null,
  industry: '',
  employees: null,
  plannedStart: null,
  currentTools: [],
};

const MAX_EMPLOYEES = 10_000_000;

/**
 * A head count as typed: a whole number from 1 to 10,000,000 (thousands separators and spaces
 * allowed), null for an empty field, 'invalid' for anything else.
 */
export function parseEmployees(raw: string): number | null | 'invalid' {
  const s = raw.trim().replace(/[,，\s]/g, '');
  if (s === '') return null;
  if (!/^\d{1,8}$/.test(s)) return 'invalid';
  const n = Number(s);
  return n >= 1 && n <= MAX_EMPLOYEES ? n : 'invalid';
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The size band a profile stands for: from the head count when given (it is the more exact answer), else the band chosen. */
export function profileSize(profile: Pick<Profile, 'employees' | 'companySize'>): CompanySize | null {
  return profile.employees !== null ? sizeFromEmployees(profile.employees) : profile.companySize;
}

/** Size band from a head count, as the duration estimator defines it: < 100, 100-999, >= 1000. */
export function sizeFromEmployees(employees: number): CompanySize {
  return employees < 100 ? 'small' : employees < 1000 ? 'medium' : 'large';
}

/**
 * Reads a stored or shared profile. Returns null for anything that is not a version-1 profile,
 * and drops (to its default) any single field that is malformed rather than rejecting the rest.
 */
export function parseProfile(raw: unknown): Profile | null {
  if (!isObj(raw) || own(raw, 'version') !== 1) return null;
  // A copy without a prototype: only the object's own keys can answer.
  const r: Record<string, unknown> = Object.assign(Object.create(null), raw);
  const employees =
    typeof r.employees === 'number' && Number.isInteger(r.employees) && r.employees >= 1 && r.employees <= MAX_EMPLOYEES
      ? r.employees
      : null;
  return {
    version: 1,
    companyName: boundedText(r.companyName),
    companySize: COMPANY_SIZES.includes(r.companySize as CompanySize) ? (r.companySize as CompanySize) : null,
    industry: boundedText(r.industry),
    employees,
    plannedStart: typeof r.plannedStart === 'string' && isRealDate(r.plannedStart) ? r.plannedStart : null,
    // Profiles saved before current tools existed have none: read as "not told".
    currentTools: Array.isArray(r.currentTools) ? CURRENT_TOOLS.filter((t) => (r.currentTools as unknown[]).includes(t)) : [],
  };
}

/** What the readiness and duration models take from a profile: the size band and the current tools. */
export function companyContext(profile: Pick<Profile, 'employees' | 'companySize' | 'currentTools'>): { companySize?: CompanySize; currentTools: CurrentTool[] } {
  const size = profileSize(profile);
  return size ? { companySize: size, currentTools: profile.currentTools } : { currentTools: profile.currentTools };
}
export { companyDurationFields, type CompanyContext } from './duration-fields';
export { companyNameOf } from './company-name';
