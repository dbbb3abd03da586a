// Registers <mk-administration> (the class module itself has no side effects).
import { MkAdministration } from './administration.ts';

if (!customElements.get('mk-administration')) {
  customElements.define('mk-administration', MkAdministration);
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-administration': MkAdministration;
  }
}
