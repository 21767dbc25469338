// One line naming the tools the visitor has not used, each a link to the tool, in place of empty
// sections. Nothing at all when every tool has been used.
import { TOOL_KEYS, type PlanReport } from '@/models/plan';
import type { Text } from './text';

export function NotUsedLine({ report, text }: { report: PlanReport; text: Text }) {
  const unused = TOOL_KEYS.filter((k) => !report.used[k]);
  if (unused.length === 0) return null;
  const [before = '', after = ''] = text.t('notUsed.line').split('{tools}');
  // The list's own punctuation: 、 between Chinese names, a comma between English ones.
  const sep = text.locale === 'zh-cn' ? '、' : ', ';
  return (
    <p class="plan-not-used" data-testid="plan-not-used">
      {before}
      {unused.map((tool, i) => (
        <span key={tool} data-tool={tool}>
          {i > 0 && sep}
          <a href={text.href({ kind: 'tool', tool })} data-print-url={text.abs(text.href({ kind: 'tool', tool }))}>
            {text.toolName(tool)}
          </a>
        </span>
      ))}
      {after}
    </p>
  );
}
