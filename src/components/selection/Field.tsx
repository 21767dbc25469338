// A text input bound to one store field: shows the draft while the visitor types, the stored value
// otherwise, and the error sentence beside it (linked by aria-describedby) when the entry is invalid.
import type { Draft } from '@/stores/selection';

interface Props {
  id: string;
  value: string;
  draft: Draft | undefined;
  error: string | null;
  onInput: (raw: string) => void;
  onBlur: () => void;
  label?: string;
  ariaLabel?: string;
  help?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  className?: string;
  size?: number;
}

export function Field(p: Props) {
  const errorId = `${p.id}-error`;
  const helpId = `${p.id}-help`;
  const describedBy = [p.help ? helpId : null, p.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${p.className ?? ''}`}>
      {p.label && <label for={p.id}>{p.label}</label>}
      <input
        id={p.id}
        type="text"
        inputMode={p.inputMode ?? 'decimal'}
        autoComplete="off"
        size={p.size}
        value={p.draft ? p.draft.raw : p.value}
        aria-label={p.ariaLabel}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => p.onInput((e.currentTarget as HTMLInputElement).value)}
        onBlur={p.onBlur}
      />
      {p.help && (
        <p class="help" id={helpId}>
          {p.help}
        </p>
      )}
      {p.error && (
        <p class="error" id={errorId} role="alert">
          {p.error}
        </p>
      )}
    </div>
  );
}
