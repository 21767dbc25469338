/**
 * What an export offers where the file cannot be saved (loaded only then): the contents in a box with
 * "Copy as text" for text formats, and for every format the hint to open the page in the system browser.
 */
import { copyBox, openDialog, paragraph } from './dialog';
import { pageStrings } from './page-strings';

export async function showDownloadFallback(name: string, text: string | null, why: 'blocked' | 'failed'): Promise<HTMLDialogElement> {
  const t = await pageStrings();
  return openDialog(t('download.title', { name }), t('tool.close'), (body) => {
    const hint = text === null ? (why === 'blocked' ? 'download.binaryBlocked' : 'download.binaryFailed') : `download.${why}`;
    body.append(paragraph(t(hint), 'notice warn'));
    if (text === null) return;
    const { field, copy, status } = copyBox(text, { label: t('download.textLabel', { name }), copy: t('download.copy'), copied: t('download.copied'), failed: t('download.copyFailed') }, 8, 'copy-text');
    body.append(field, copy, status);
  });
}
