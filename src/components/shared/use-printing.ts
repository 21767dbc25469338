// Whether the page is being printed, for a drawing that is laid out differently on paper (at one
// width, whatever screen prints it). Separate from the width hook, so pages whose charts simply scale
// on paper do not carry it.
import { useEffect, useState } from 'preact/hooks';

/**
 * `beforeprint` comes first in a browser's print dialog, and the re-render lands before the print
 * layout; the print media query covers printing without that event (a PDF made by a headless browser).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const media = matchMedia('print');
    const follow = () => setPrinting(media.matches);
    const on = () => setPrinting(true);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', follow);
    media.addEventListener('change', follow);
    return () => {
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', follow);
      media.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}
