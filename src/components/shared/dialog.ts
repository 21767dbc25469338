/**
 * A modal built with the DOM for parts that load on use (download fallback, QR code): a native
 * `<dialog>`, so Escape closes it and focus stays inside; a Close button; focus returns to where it
 * was. Removed from the page when closed.
 */
export function openDialog(title: string, closeLabel: string, fill: (body: HTMLElement) => void): HTMLDialogElement {
  const back = document.activeElement as HTMLElement | null;
  const dialog = document.createElement('dialog');
  dialog.className = 'page-dialog';
  const id = `dlg-${Math.random().toString(36).slice(2, 8)}`;
  dialog.setAttribute('aria-labelledby', id);
  const heading = document.createElement('h2');
  heading.id = id;
  heading.textContent = title;
  const body = document.createElement('div');
  fill(body);
  const close = button(closeLabel, 'btn secondary', () => dialog.close());
  const row = document.createElement('div');
  row.className = 'btn-row';
  row.append(close);
  dialog.append(heading, body, row);
  dialog.addEventListener('close', () => {
    dialog.remove();
    back?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

export function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export function paragraph(text: string, className = ''): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.textContent = text;
  return p;
}

/** Copies text; where the Clipboard API is missing or refused, selects it in `field` and tries the old way. */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** What a copy box says: its field's label, its button, and what became of the copy. */
export interface CopyBoxText {
  label: string;
  copy: string;
  copied: string;
  failed: string;
}

/**
 * Text in a labelled read-only box with a Copy button and a status line that says what became of the
 * copy: the form a dialog offers text in where a file or a code cannot be had. Returns the parts to
 * append, the box's field first.
 */
export function copyBox(value: string, words: CopyBoxText, rows: number, action: string): { field: HTMLDivElement; area: HTMLTextAreaElement; copy: HTMLButtonElement; status: HTMLParagraphElement } {
  const area = document.createElement('textarea');
  area.id = `${action}-${Math.random().toString(36).slice(2, 8)}`;
  area.readOnly = true;
  area.rows = rows;
  area.value = value;
  area.className = 'page-dialog-text';
  const label = document.createElement('label');
  label.htmlFor = area.id;
  label.textContent = words.label;
  const field = document.createElement('div');
  field.className = 'field';
  field.append(label, area);
  const status = paragraph('', 'help');
  status.setAttribute('role', 'status');
  const copy = button(words.copy, 'btn', async () => {
    status.textContent = (await copyText(value, area)) ? words.copied : words.failed;
  });
  copy.dataset.action = action;
  return { field, area, copy, status };
}
