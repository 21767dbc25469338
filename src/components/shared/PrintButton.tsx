// "Print": every tool's printed version is the page itself, laid out by its print stylesheet.
export function PrintButton({ label, primary = false }: { label: string; primary?: boolean }) {
  return (
    <button type="button" class={primary ? 'btn' : 'btn secondary'} onClick={() => window.print()} data-action="print">
      {label}
    </button>
  );
}
