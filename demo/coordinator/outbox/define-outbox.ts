// Registers <mk-outbox> (the class module itself has no side effects).
import { MkOutbox } from './outbox.ts';

if (!customElements.get('mk-outbox')) customElements.define('mk-outbox', MkOutbox);

declare global {
  interface HTMLElementTagNameMap {
    'mk-outbox': MkOutbox;
  }
}
