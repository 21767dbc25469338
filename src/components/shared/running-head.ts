// The company name in the margin of every printed page. Chromium draws CSS page-margin boxes
// (`@page { @bottom-left { … } }`, print.css) when the visitor prints from the browser, but their
// content cannot read the page's text; it can read a custom property of the root element, so the
// name is written there as a CSS string. Set through the CSSOM, which the page's CSP allows.
import { useEffect } from 'preact/hooks';

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
 * Prints with the company's name in the margin, on a page whose island does not hold the shared
 * profile: the profile store loads on the click (the page does not carry it), then the page prints.
 */
export function printWithCompanyName(): void {
  void import('@/stores/profile').then(
    ({ $profile }) => {
      setPrintRunningHead($profile.get().companyName);
      window.print();
    },
    () => window.print(),
  );
}
