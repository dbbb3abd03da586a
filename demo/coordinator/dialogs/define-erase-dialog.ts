// Registers <mk-erase-dialog> (the class module itself has no side effects).
import { MkEraseDialog } from './erase-dialog.ts';

if (!customElements.get('mk-erase-dialog')) customElements.define('mk-erase-dialog', MkEraseDialog);

declare global {
  interface HTMLElementTagNameMap {
    'mk-erase-dialog': MkEraseDialog;
  }
}
