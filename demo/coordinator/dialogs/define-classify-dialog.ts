// Registers <mk-classify-dialog> (the class module itself has no side effects).
import { MkClassifyDialog } from './classify-dialog.ts';

if (!customElements.get('mk-classify-dialog')) {
  customElements.define('mk-classify-dialog', MkClassifyDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-classify-dialog': MkClassifyDialog;
  }
}
