// Registers <mk-sign-in> (the class module itself has no side effects).
import { MkSignIn } from './sign-in.ts';

if (!customElements.get('mk-sign-in')) customElements.define('mk-sign-in', MkSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'mk-sign-in': MkSignIn;
  }
}
