// One labelled input of a KPI row with its help text and, when the value cannot be used, the message
// beside it (linked by aria-describedby so screen readers read it with the field).
import type { JSX } from 'preact';

interface Props {
  id: string;
  label: string;
  help?: string;
  error?: string | null;
  children: (describedBy: string | undefined, invalid: boolean) => JSX.Element;
  className?: string;
}

export function Field({ id, label, help, error, children, className }: Props) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {children(describedBy, Boolean(error))}
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
