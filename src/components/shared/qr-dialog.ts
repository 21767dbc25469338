/**
 * The QR code of a link, drawn in the browser (uqr: about 4 KB gzip, half of qrcode-generator, and no
 * DOM code of its own), loaded only when the visitor asks for it. The link is shown beside it as text,
 * its alternative; the dialog closes with Escape or its Close button.
 *
 * A link longer than the largest QR code holds gets no code: the dialog says so, with the numbers, and
 * offers the link to copy (and the page's files to send) rather than a blank or a code that is not the
 * link. Links that long come from sheets full of text (a KPI sheet, a plan), whose pages have files.
 */
import { formatNumber } from '@/i18n/format';
import { copyBox, openDialog, paragraph } from './dialog';
import { pageLocale, pageStrings, type PageText } from './page-strings';

/** Pixels per module: a 1,500-character link (version ~30, 137 modules) stays under 600 px. */
const SCALE = 4;
/** What the largest QR code (version 40) holds at the lowest error correction, in bytes: a link is ASCII, a byte a character. */
export const QR_MAX_BYTES = 2953;

type Encode = (typeof import('uqr'))['encode'];

function drawCode(encode: Encode, url: string, label: string): HTMLCanvasElement | null {
  try {
    // Border 4: the quiet zone scanners need around the code.
    const { data, size } = encode(url, { ecc: 'L', border: 4 });
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size * SCALE;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#000';
    data.forEach((row, y) => row.forEach((dark, x) => dark && g.fillRect(x * SCALE, y * SCALE, SCALE, SCALE)));
    return canvas;
  } catch {
    return null;
  }
}

/** The link in a box to copy, with its button and what became of the copy. */
function linkBox(t: PageText, url: string): HTMLElement[] {
  const { field, area, copy, status } = copyBox(url, { label: t('tool.qrLinkLabel'), copy: t('tool.qrCopy'), copied: t('tool.qrCopied'), failed: t('download.copyFailed') }, 4, 'copy-link');
  area.dataset.qrLink = '';
  return [field, copy, status];
}

export async function showQrDialog(url: string): Promise<HTMLDialogElement> {
  const [t, { encode }] = await Promise.all([pageStrings(), import('uqr')]);
  const bytes = new TextEncoder().encode(url).length;
  const tooLong = bytes > QR_MAX_BYTES;
  let noticeId = '';
  const dialog = openDialog(t('tool.qrTitle'), t('tool.close'), (body) => {
    const canvas = tooLong ? null : drawCode(encode, url, t('tool.qrTitle'));
    if (canvas) {
      const link = paragraph(url, 'qr-link');
      link.dataset.qrLink = '';
      body.append(canvas, paragraph(t('tool.qrHelp'), 'help'), link);
      return;
    }
    const locale = pageLocale();
    const notice = tooLong
      ? paragraph(t('tool.qrTooLong', { chars: formatNumber(locale, bytes), max: formatNumber(locale, QR_MAX_BYTES) }), 'notice warn')
      : paragraph(t('tool.qrFailed'), 'notice warn');
    notice.id = noticeId = `qr-notice-${Math.random().toString(36).slice(2, 8)}`;
    notice.dataset.qr = tooLong ? 'too-long' : 'failed';
    body.append(notice, ...linkBox(t, url));
  });
  if (noticeId) {
    // Read with the title when the dialog opens, so the reason is heard first; then copying is one key away.
    dialog.setAttribute('aria-describedby', noticeId);
    dialog.querySelector<HTMLButtonElement>('[data-action="copy-link"]')?.focus();
  }
  return dialog;
}
