// A table's scroll box. On a phone a wide table scrolls sideways inside it, so it must be reachable
// from the keyboard and say what it holds.
import type { ComponentChildren } from 'preact';

export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
