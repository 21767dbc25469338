// Answers the tools disagree on, named on the brief's first page. The panel that settles them is for
// the screen; on paper (and in a shared, read-only plan) the reader must still learn that two figures
// rest on different answers, and which answer each part of the report used.
import { reportConflicts, type ConflictUse, type PlanReport, type ReportConflict } from '@/models/plan';
import { issueValue } from './ConsistencyPanel';
import type { Text } from './text';

/** One value and where the report used it; a value only the company profile holds is named by its source. */
function valueUse(text: Text, conflict: ReportConflict, use: ConflictUse): string {
  const { t } = text;
  const value = issueValue(text, conflict, use.value);
  if (use.sections.length === 0) return t('conflicts.use', { value, sources: text.list(use.sources.map((s) => text.source(s))) });
  return t('conflicts.use.section', { value, sections: text.list(use.sections.map((s) => t(`conflicts.section.${s}`))) });
}

export function BriefConflicts({ report, text }: { report: PlanReport; text: Text }) {
  const { t } = text;
  const conflicts = reportConflicts(report.issues);
  if (conflicts.length === 0) return null;
  // Clauses about one question are set apart with the language's own semicolon.
  const separator = text.locale === 'zh-cn' ? '；' : '; ';
  return (
    <div class="notice warn plan-conflicts" data-testid="summary-conflicts" role="group" aria-labelledby="plan-conflicts-title">
      <p class="plan-conflicts-title" id="plan-conflicts-title">
        <strong>{t('conflicts.heading')}</strong> {t('conflicts.intro')}
      </p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.code} data-conflict={c.code}>
            {t('conflicts.item', { label: t(`consistency.${c.code}`), uses: c.uses.map((u) => valueUse(text, c, u)).join(separator) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
