// Registers <mk-people-list> (the class module itself has no side effects).
import { MkPeopleList } from './people-list.ts';

if (!customElements.get('mk-people-list')) customElements.define('mk-people-list', MkPeopleList);

declare global {
  interface HTMLElementTagNameMap {
    'mk-people-list': MkPeopleList;
  }
}
