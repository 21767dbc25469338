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
  await doc.destroy();
  return pages;
}

/** Whitespace removed, for finding Chinese phrases and numbers that the PDF splits across items. */
export const squash = (s: string) => s.replace(/\s+/g, '');
