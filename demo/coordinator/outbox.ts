// The page's outbox is <mk-outbox> (outbox/outbox.ts); a part of the page that wrote mail (a
// proposed match's introductions) loads it again through this.
import './outbox/define-outbox.ts';

export async function loadOutbox(): Promise<void> {
  await document.querySelector('mk-outbox')?.reload();
}
