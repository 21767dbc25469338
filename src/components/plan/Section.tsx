// One report section: a heading, and either its content or a note that its tool has not been used,
// with a link to the tool. Each section starts a new page in print.
import type { ComponentChildren } from 'preact';
import type { ToolKey } from '@/models/plan';
import type { Text } from './text';

interface Props {
  id: string;
  title: string;
  text: Text;
  /** The tool behind the section, for the "not used" note and the edit link. */
  tool?: ToolKey;
  used?: boolean;
  /** Show "change this in the tool" (the visitor's own plan only). */
  editable?: boolean;
  children?: ComponentChildren;
}

export function Section({ id, title, text, tool, used = true, editable = false, children }: Props) {
  const { t } = text;
  const name = tool ? text.toolName(tool) : '';
  return (
    <section class="plan-section" id={id} aria-labelledby={`${id}-title`} data-section={id} data-used={used ? 'true' : 'false'}>
      <h2 id={`${id}-title`}>{title}</h2>
      {used ? (
        children
      ) : (
        <div class="notice plan-not-used">
          <p>{t('section.notUsed', { tool: name })}</p>
          {tool && (
            <p>
              <a href={text.href({ kind: 'tool', tool })} data-print-url={text.abs(text.href({ kind: 'tool', tool }))}>
                {t('section.open', { tool: name })}
              </a>
            </p>
          )}
        </div>
      )}
      {used && editable && tool && (
        <p class="plan-edit no-print">
          <a href={text.href({ kind: 'tool', tool })}>{t('section.edit', { tool: name })}</a>
        </p>
      )}
    </section>
  );
}
