// Next actions from every tool, most important first, each with the guide, FAQ answer or tool that
// explains it. Links carry their full address in print (see plan.css), so paper keeps the reference.
import type { NextAction, PlanReport } from '@/models/plan';
import { Section } from './Section';
import { actionKeys, actionVars } from './action-text';
import type { Text } from './text';
import { Cited } from '../shared/Cited';

interface Props {
  report: PlanReport;
  text: Text;
  appendix?: string;
}

function linkLabel(a: NextAction, text: Text): string {
  const { t } = text;
  const link = a.link;
  if (link.kind === 'tool') return t('actions.open', { tool: text.toolName(link.tool) });
  const title = link.kind === 'guide' ? t(`guide.${link.slug}`) : t(`faq.${link.id}`);
  return t('actions.read', { title });
}

export function ActionsSection({ report, text, appendix }: Props) {
  const { t } = text;
  const actions = report.actions;
  return (
    <Section id="plan-actions" title={t('section.actions')} text={text} appendix={appendix}>
      <p class="muted plan-screen-only">{t('actions.intro')}</p>
      {actions.length === 0 ? (
        <p>{t('actions.none')}</p>
      ) : (
        <ol class="plan-actions" data-testid="plan-actions">
          {actions.map((a) => {
            const keys = actionKeys(a);
            const from = [a.source, ...(a.also ?? [])].filter((s) => s !== 'plan').map((s) => text.source(s));
            return (
              <li key={a.key} data-action={a.key} data-priority={a.priority}>
                <p class="plan-action-title">
                  <span class={`badge plan-priority plan-priority-${a.priority}`}>{t(`actions.priority.${a.priority}`)}</span>{' '}
                  <strong>{t(keys.title, actionVars(a, text))}</strong>
                </p>
                <p class="plan-action-text"><Cited text={typeof a.vars?.n === 'number' ? text.tn(keys.text, a.vars.n, actionVars(a, text)) : t(keys.text, actionVars(a, text))} locale={text.locale} /></p>
                <p class="plan-action-meta">
                  <a href={text.href(a.link)} data-print-url={text.abs(text.href(a.link))}>
                    {linkLabel(a, text)}
                  </a>
                  <span class="muted"> · {t('actions.from', { tools: text.list(from) })}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
