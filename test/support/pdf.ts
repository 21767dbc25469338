// Reads a PDF the way a person looks at it: the text of each page and how far down the page the
// content reaches. Uses unpdf (a serverless build of Mozilla's pdf.js), an independent reader: the
// PDFs come from Chromium's printing, never from the site's own code.
import { getDocumentProxy } from 'unpdf';

export interface PdfPage {
  /** The page's text in reading order, items joined by spaces (CJK runs keep no inner spaces). */
  text: string;
  /** Height of the page in points. */
  height: number;
  /** Lowest text baseline of the page body, in points from the top (the margin boxes excluded). */
  bodyBottom: number;
  /** Highest text of the page body, in points from the top. */
  bodyTop: number;
}

/** Text closer than this to the top or bottom edge is the page-margin box (running head, page number). */
export const MARGIN_BAND_PT = 40;

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , , height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    let text = '';
    let bodyBottom = 0;
    let bodyTop = height;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (!item.str.trim()) continue;
      const fromTop = height - item.transform[5]!;
      if (fromTop < MARGIN_BAND_PT || fromTop > height - MARGIN_BAND_PT) continue;
      bodyBottom = Math.max(bodyBottom, fromTop);
      bodyTop = Math.min(bodyTop, fromTop);
    }
    pages.push({ text, height, bodyBottom, bodyTop });
  }
  await doc.cleanup?.();
  return pages;
}

/**
 * For comparing the page's text with the PDF's: whitespace removed (the PDF splits lines and runs
 * differently) and NFKC applied to both sides, because a CJK font may map a character to its Kangxi
 * radical twin (⼏ for 几) and full-width punctuation to either form.
 */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Whether `hay` holds `needle` (both squashed), allowing a few CJK characters to differ: a CJK font
 * shares one glyph between variants (户 and 戶, 风 and the radical ⻛), and the PDF's text layer then
 * names only one of them. Latin letters, digits and punctuation must match exactly.
 */
export function containsText(hay: string, needle: string): boolean {
  const h = squash(hay);
  const n = squash(needle);
  if (h.includes(n)) return true;
  const allowed = Math.max(1, Math.floor(n.length / 20));
  const cjk = (c: string) => c.charCodeAt(0) >= 0x2e80;
  outer: for (let i = 0; i + n.length <= h.length; i++) {
    let misses = 0;
    for (let j = 0; j < n.length; j++) {
      const a = h[i + j]!;
      const b = n[j]!;
      if (a === b) continue;
      if (!cjk(a) || !cjk(b) || ++misses > allowed) continue outer;
    }
    return true;
  }
  return false;
}
