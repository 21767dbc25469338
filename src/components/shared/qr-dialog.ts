/**
 * The QR code of a link, drawn in the browser (uqr: about 4 KB gzip, half of qrcode-generator, and no
 * DOM code of its own), loaded only when the visitor asks for it. The link is shown beside it as text,
 * its alternative; the dialog closes with Escape or its Close button.
 */
import { openDialog, paragraph } from './dialog';
import { pageStrings } from './page-strings';

/** Pixels per module: a 1,500-character link (version ~30, 137 modules) stays under 600 px. */
const SCALE = 4;

export async function showQrDialog(url: string): Promise<HTMLDialogElement> {
  const [t, { encode }] = await Promise.all([pageStrings(), import('uqr')]);
  return openDialog(t('tool.qrTitle'), t('tool.close'), (body) => {
    let canvas: HTMLCanvasElement | null = null;
    try {
      // Border 4: the quiet zone scanners need around the code.
      const { data, size } = encode(url, { ecc: 'L', border: 4 });
      canvas = document.createElement('canvas');
      canvas.width = canvas.height = size * SCALE;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', t('tool.qrTitle'));
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.fillStyle = '#000';
      data.forEach((row, y) => row.forEach((dark, x) => dark && g.fillRect(x * SCALE, y * SCALE, SCALE, SCALE)));
    } catch {
      canvas = null;
    }
    if (canvas) body.append(canvas, paragraph(t('tool.qrHelp'), 'help'));
    else body.append(paragraph(t('tool.qrFailed'), 'notice warn'));
    const link = paragraph(url, 'qr-link');
    link.dataset.qrLink = '';
    body.append(link);
  });
}
