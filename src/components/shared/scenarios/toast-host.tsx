import { showToast } from '@/stores/toast';
import { Toast } from './Toast';
import { mountOnce } from './host';
import type { ScnText } from './text';

/**
 * Shows a message (with Undo when `undo` is given) in the page's one toast. Its live region goes on
 * the page at first use, at the end of <body>; the message follows a moment later, because screen
 * readers announce changes to a live region, not a region that arrives already filled.
 */
export function toast(text: ScnText, message: string, undo?: () => void): void {
  if (document.getElementById('toast-host')) return showToast(message, undo);
  mountOnce('toast-host', (el) => document.body.append(el), <Toast text={text} />);
  setTimeout(() => showToast(message, undo), 150);
}
