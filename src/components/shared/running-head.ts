// The company name in the margin of every printed page. Chromium draws CSS page-margin boxes
// (`@page { @bottom-left { … } }`, print.css) when the visitor prints from the browser, but their
// content cannot read the page's text; it can read a custom property of the root element, so the
// name is written there as a CSS string. Set through the CSSOM, which the page's CSP allows.
import { useEffect } from 'preact/hooks';
import { savedCompanyName } from '@/stores/saved-company-name';

export const RUNNING_HEAD_PROPERTY = '--print-running-head';

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(value: string): string {
  return `"${value.replace(/[\r\n\f]+/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Writes `text` into the margin of printed pages; an empty text leaves the margin empty. */
export function setPrintRunningHead(text: string): void {
  const root = document.documentElement;
  if (text) root.style.setProperty(RUNNING_HEAD_PROPERTY, cssString(text));
  else root.style.removeProperty(RUNNING_HEAD_PROPERTY);
}

/** Keeps the margin text in step with `text` while the component is on the page. */
export function usePrintRunningHead(text: string): void {
  useEffect(() => {
    setPrintRunningHead(text);
    return () => setPrintRunningHead('');
  }, [text]);
}

/**
 * The saved company name in the margin, on a page whose island does not hold the shared profile: read
 * once the island is live, again just before each print (Ctrl+P included), and when another tab
 * changes the profile.
 */
export function useSavedCompanyNameInPrintMargin(): void {
  useEffect(() => {
    const update = () => setPrintRunningHead(savedCompanyName());
    update();
    addEventListener('beforeprint', update);
    addEventListener('storage', update);
    return () => {
      removeEventListener('beforeprint', update);
      removeEventListener('storage', update);
      setPrintRunningHead('');
    };
  }, []);
}
