// "Copy link" and "QR code" (CopyLinkView) load after the page: no visitor without JavaScript can use
// them, and every tool page stays within its script budget. The placeholder keeps their room.
import { lazyComponent } from './lazy';
import type { CopyLinkProps } from './CopyLinkView';
export type { CopyLinkStrings } from './CopyLinkView';

const View = lazyComponent(() => import('./CopyLinkView').then((m) => m.CopyLink));

export function CopyLink(props: CopyLinkProps) {
  return <View {...props} fallback={<div class="copy-link-pending" />} />;
}
