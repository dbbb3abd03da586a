// Registers <mk-person-view> (the class module itself has no side effects).
import { MkPersonView } from './person-view.ts';

if (!customElements.get('mk-person-view')) customElements.define('mk-person-view', MkPersonView);

declare global {
  interface HTMLElementTagNameMap {
    'mk-person-view': MkPersonView;
  }
}
