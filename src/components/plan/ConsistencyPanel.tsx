// Answers two tools hold differently, each with one button per value: choosing writes that value into
// every tool that asks the question (or, for a value the other tools cannot take, keeps it).
import { useState } from 'preact/hooks';
import type { ConsistencyIssue, IssueChoice } from '@/models/plan';
import { issueValue } from './conflict-text';
import type { Text } from './text';

interface Props {
  issues: ConsistencyIssue[];
  text: Text;
  onResolve: (issue: ConsistencyIssue, choice: IssueChoice) => boolean;
}

export function ConsistencyPanel({ issues, text, onResolve }: Props) {
  const { t } = text;
  const [status, setStatus] = useState('');
  if (issues.length === 0) return <div role="status" class="plan-consistency-status">{status}</div>;
  const sources = (choice: IssueChoice) => text.list(choice.sources.map((s) => text.source(s)));
  const choose = (issue: ConsistencyIssue, choice: IssueChoice) => {
    const ok = onResolve(issue, choice);
    const value = issueValue(text, issue, choice.value);
    setStatus(!ok ? t('consistency.failed') : choice.writable ? t('consistency.applied', { value }) : t('consistency.kept'));
  };
  return (
    <section class="notice warn plan-consistency no-print" aria-labelledby="plan-consistency-title" data-testid="plan-consistency">
      <h2 id="plan-consistency-title">{t('consistency.heading')}</h2>
      <p>{t('consistency.intro')}</p>
      <ul class="plan-issues">
        {issues.map((issue) => (
          <li key={`${issue.kind}-${issue.code}`} data-issue={issue.code} data-kind={issue.kind}>
            <h3>{t(`consistency.${issue.code}`)}</h3>
            {issue.kind === 'gap' ? (
              <>
                <p>{t(`consistency.gap.${issue.code}`, { sources: sources(issue.choices[0]!), value: issueValue(text, issue, issue.choices[0]!.value) })}</p>
                <button type="button" class="btn" onClick={() => choose(issue, issue.choices[0]!)}>
                  {t('consistency.applyGap')}
                </button>
              </>
            ) : (
              <div class="btn-row plan-choices">
                {issue.choices.map((choice) => {
                  const value = issueValue(text, issue, choice.value);
                  return (
                    <button type="button" class="btn secondary" key={String(choice.value)} data-choice={String(choice.value)} onClick={() => choose(issue, choice)}>
                      {choice.writable ? t('consistency.useEverywhere', { value }) : t('consistency.keep', { value })}
                      <span class="plan-sub">{t('consistency.from', { sources: sources(choice) })}</span>
                    </button>
                  );
                })}
              </div>
            )}
          </li>
        ))}
      </ul>
      <div role="status" class="plan-consistency-status">
        {status}
      </div>
    </section>
  );
}
