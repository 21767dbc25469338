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

export function usePrintRunningHead(text: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty(RUNNING_HEAD_PROPERTY, cssString(text));
    return () => root.style.removeProperty(RUNNING_HEAD_PROPERTY);
  }, [text]);
}
