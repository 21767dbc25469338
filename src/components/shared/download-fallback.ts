/**
 * What an export offers where the file cannot be saved (loaded only then): the contents in a box with
 * "Copy as text" for text formats, and for every format the hint to open the page in the system browser.
 */
import { button, copyText, openDialog, paragraph } from './dialog';
import { pageStrings } from './page-strings';

export async function showDownloadFallback(name: string, text: string | null, why: 'blocked' | 'failed'): Promise<HTMLDialogElement> {
  const t = await pageStrings();
  return openDialog(t('download.title', { name }), t('tool.close'), (body) => {
    const hint = text === null ? (why === 'blocked' ? 'download.binaryBlocked' : 'download.binaryFailed') : `download.${why}`;
    body.append(paragraph(t(hint), 'notice warn'));
    if (text === null) return;
    const fieldId = `dl-text-${Math.random().toString(36).slice(2, 8)}`;
    const label = document.createElement('label');
    label.htmlFor = fieldId;
    label.textContent = t('download.textLabel', { name });
    const area = document.createElement('textarea');
    area.id = fieldId;
    area.readOnly = true;
    area.rows = 8;
    area.value = text;
    area.className = 'page-dialog-text';
    const status = paragraph('', 'help');
    status.setAttribute('role', 'status');
    const copy = button(t('download.copy'), 'btn', async () => {
      status.textContent = (await copyText(text, area)) ? t('download.copied') : t('download.copyFailed');
    });
    copy.dataset.action = 'copy-text';
    const field = document.createElement('div');
    field.className = 'field';
    field.append(label, area);
    body.append(field, copy, status);
  });
}
