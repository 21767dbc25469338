// Answers the tools disagree on, named on the brief's first page. The panel that settles them is for
// the screen; on paper (and in a shared, read-only plan) the reader must still learn that two figures
// rest on different answers, and which answer each part of the report used.
import type { PlanReport } from '@/models/plan';
import { conflictText } from './conflict-text';
import type { Text } from './text';

export function BriefConflicts({ report, text }: { report: PlanReport; text: Text }) {
  const conflicts = conflictText(report, text);
  if (!conflicts) return null;
  return (
    <div class="notice warn plan-conflicts" data-testid="summary-conflicts" role="group" aria-labelledby="plan-conflicts-title">
      <p class="plan-conflicts-title" id="plan-conflicts-title">
        <strong>{conflicts.heading}</strong> {conflicts.intro}
      </p>
      <ul>
        {conflicts.items.map((c) => (
          <li key={c.code} data-conflict={c.code}>
            {c.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
