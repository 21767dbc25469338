// One report section: a heading and its content. A section whose tool has not been used is not
// rendered at all (the report names those tools once, in NotUsedLine), so neither the screen nor the
// paper shows an empty section.
import type { ComponentChildren } from 'preact';
import type { ToolKey } from '@/models/plan';
import type { Text } from './text';

interface Props {
  id: string;
  title: string;
  text: Text;
  /** The tool behind the section, for the edit link. */
  tool?: ToolKey;
  used?: boolean;
  /** Show "change this in the tool" (the visitor's own plan only). */
  editable?: boolean;
  /** An appendix: its letter goes before the title ("Appendix B · Timeline"). */
  appendix?: string;
  /** A class of the section's own, after `plan-section`. */
  variant?: string;
  children?: ComponentChildren;
}

export function Section({ id, title, text, tool, used = true, editable = false, appendix, variant, children }: Props) {
  const { t } = text;
  if (!used) return null;
  return (
    <section class={`plan-section${appendix ? ' plan-appendix' : ''}${variant ? ` ${variant}` : ''}`} id={id} aria-labelledby={`${id}-title`} data-section={id} data-used="true">
      <h2 id={`${id}-title`}>{appendix ? t('appendix.title', { letter: appendix, title }) : title}</h2>
      {children}
      {editable && tool && (
        <p class="plan-edit no-print">
          <a href={text.href({ kind: 'tool', tool })}>{t('section.edit', { tool: text.toolName(tool) })}</a>
        </p>
      )}
    </section>
  );
}
