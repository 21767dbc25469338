/**
 * The one way an export reaches the visitor: a file built in the page, handed to the browser as a
 * download (nothing is uploaded anywhere).
 *
 *   download(name, type, body)
 *     name  file name with its extension ('crm-phases.csv')
 *     type  MIME type ('text/csv;charset=utf-8')
 *     body  a string for text formats (CSV, Markdown, ICS, JSON, SVG): where the download cannot
 *           happen, the visitor can copy it as text; a Blob or bytes for binary formats (XLSX, PNG):
 *           there the visitor gets only the hint to open the page in their system browser.
 *
 * WeChat's and WeCom's built-in browsers ignore `blob:` downloads without an error, so they are
 * recognised by their user agent and get the fallback straight away; anywhere else the fallback
 * opens when the download throws. The fallback dialog loads only then.
 */
import { blocksDownloads } from './in-app-browser';

export type DownloadBody = string | Blob | Uint8Array;

export function download(name: string, type: string, body: DownloadBody): void {
  if (blocksDownloads(navigator.userAgent)) return void offerFallback(name, body, 'blocked');
  try {
    const blob = body instanceof Blob ? body : new Blob([body as BlobPart], { type });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    // Some browsers read the blob after click() returns; revoke a little later.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch {
    void offerFallback(name, body, 'failed');
  }
}

async function offerFallback(name: string, body: DownloadBody, why: 'blocked' | 'failed'): Promise<void> {
  const { showDownloadFallback } = await import('./download-fallback');
  await showDownloadFallback(name, typeof body === 'string' ? body : null, why);
}
