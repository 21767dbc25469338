// The answers the tools disagree on, in the page's words: one place for the sentences, so the printed
// brief and the Markdown export name the same conflicts the same way.
import { reportConflicts, type ConflictUse, type ConsistencyIssue, type IssueCode, type IssueValue, type PlanReport, type ReportConflict } from '@/models/plan';
import type { Text } from './text';

/** An answer as the visitor gave it: a date, a size, yes or no, a number of days, a platform. */
export function issueValue(text: Text, issue: Pick<ConsistencyIssue, 'code'>, value: IssueValue): string {
  const { t } = text;
  switch (issue.code) {
    case 'planned-start':
      return typeof value === 'string' ? text.date(value) : String(value);
    case 'company-size':
      return t(`size.${value}`);
    case 'expansion':
    case 'key-staff':
      return t(`value.${value}.${issue.code}`);
    case 'commitment':
      return t('value.commitment', { n: String(value) });
    case 'platform':
      return t(`d.option.platform.${value}`);
  }
}

/** One value and where the report used it; a value only the company profile holds is named by its source. */
function valueUse(text: Text, conflict: ReportConflict, use: ConflictUse): string {
  const { t } = text;
  const value = issueValue(text, conflict, use.value);
  if (use.sections.length === 0) return t('conflicts.use', { value, sources: text.list(use.sources.map((s) => text.source(s))) });
  return t('conflicts.use.section', { value, sections: text.list(use.sections.map((s) => t(`conflicts.section.${s}`))) });
}

export interface ConflictText {
  heading: string;
  intro: string;
  items: { code: IssueCode; text: string }[];
}

/** The conflicts box's heading, its one sentence and a line per question; null when the tools agree. */
export function conflictText(report: Pick<PlanReport, 'issues'>, text: Text): ConflictText | null {
  const { t } = text;
  const conflicts = reportConflicts(report.issues);
  if (conflicts.length === 0) return null;
  // Clauses about one question are set apart with the language's own semicolon.
  const separator = text.locale === 'zh-cn' ? '；' : '; ';
  return {
    heading: t('conflicts.heading'),
    intro: t('conflicts.intro'),
    items: conflicts.map((c) => ({ code: c.code, text: t('conflicts.item', { label: t(`consistency.${c.code}`), uses: c.uses.map((u) => valueUse(text, c, u)).join(separator) }) })),
  };
}
