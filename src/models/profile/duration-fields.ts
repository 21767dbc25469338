import type { CompanySize, DurationInput, Level } from '@/models/duration/types';
import type { CurrentTool } from './index';

/** What the shared profile says about the company that the duration estimator asks too. */
export interface CompanyContext {
  companySize?: CompanySize;
  currentTools?: readonly CurrentTool[];
}

/**
 * The estimator's fields the company's current tools and size decide, refining a base answer:
 * customer work kept only in spreadsheets and chat caps digital maturity at "scattered" (2); an
 * ERP means at least one system to connect and, with clean data (4 or more), the top level; an
 * existing CRM means a vendor is being replaced. The readiness hand-off and the estimator's own
 * prefill both go through here, so the two never map the same profile differently.
 */
export function companyDurationFields(
  base: { digitalMaturity: Level; integrations: number },
  company: CompanyContext,
): Partial<DurationInput> {
  const tools = company.currentTools ?? [];
  let digitalMaturity = base.digitalMaturity;
  let integrations = base.integrations;
  if (tools.includes('erp')) {
    integrations = Math.max(integrations, 1);
    if (digitalMaturity >= 4) digitalMaturity = 5;
  } else if (tools.length > 0 && tools.every((t) => t === 'spreadsheets' || t === 'chat')) {
    digitalMaturity = Math.min(digitalMaturity, 2) as Level;
  }
  return {
    digitalMaturity,
    integrations,
    ...(tools.includes('crm') ? { switchingVendor: true } : {}),
    ...(company.companySize ? { companySize: company.companySize } : {}),
  };
}
