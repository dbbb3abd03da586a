// Registers the account parts of the coordinator page: <mk-page-intro>, <mk-account-bar> and
// <mk-passkeys> (the class modules themselves have no side effects).
import { MkAccountBar } from './account-bar.ts';
import { MkPageIntro } from './page-intro.ts';
import { MkPasskeys } from './passkeys-panel.ts';

if (!customElements.get('mk-page-intro')) customElements.define('mk-page-intro', MkPageIntro);
if (!customElements.get('mk-account-bar')) customElements.define('mk-account-bar', MkAccountBar);
if (!customElements.get('mk-passkeys')) customElements.define('mk-passkeys', MkPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'mk-page-intro': MkPageIntro;
    'mk-account-bar': MkAccountBar;
    'mk-passkeys': MkPasskeys;
  }
}
