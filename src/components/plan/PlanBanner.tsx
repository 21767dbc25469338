// The notice above the plan that says what the visitor is looking at (their empty plan, the example)
// and offers the way on; the island shows it from the build on, the report once it has loaded.
import type { ComponentChildren } from 'preact';

interface Props {
  testId: string;
  title?: string;
  text: string;
  /** Leaves the banner out of print where its container does not already. */
  noPrint?: boolean;
  /** The buttons and links. */
  children: ComponentChildren;
}

export function PlanBanner({ testId, title, text, noPrint = false, children }: Props) {
  return (
    <div class={noPrint ? 'notice plan-mode-banner no-print' : 'notice plan-mode-banner'} data-testid={testId}>
      {title && (
        <p>
          <strong>{title}</strong>
        </p>
      )}
      <p>{text}</p>
      <div class="btn-row">{children}</div>
    </div>
  );
}
