// The example plan, rendered at build time only (no client directive): what readers without
// JavaScript, search engines and first-time visitors see. The page hides it once the visitor's own
// plan, or a shared one, is shown.
import type { Locale } from '@/i18n/locales';
import { EXAMPLE_TODAY, computePlanReport, examplePlan } from '@/models/plan';
import { ReportBody } from './ReportBody';
import { makeText, type Strings } from './text';
import { provideSourceLabels } from '../shared/Cited';

interface Props {
  locale: Locale;
  strings: Strings;
  siteUrl: string;
  /** This locale's source labels, for the references' accessible names. */
  sourceLabels?: Readonly<Record<string, string>>;
}

export function examplePlanFor(t: (key: string) => string) {
  return examplePlan({ companyName: t('example.companyName'), industry: t('example.industry'), kpi: (key) => t(`k.${key}`) });
}

export default function PlanExample({ locale, strings, siteUrl, sourceLabels }: Props) {
  provideSourceLabels(sourceLabels);
  const text = makeText(locale, strings, siteUrl);
  const plan = examplePlanFor(text.t);
  return (
    <div class="plan plan-example" id="plan-example" data-mode="example">
      <p class="notice plan-mode-banner no-print">{text.t('page.exampleNote')}</p>
      <ReportBody report={computePlanReport(plan, EXAMPLE_TODAY)} profile={plan.profile} mode="example" text={text} />
    </div>
  );
}
