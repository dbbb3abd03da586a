// Registers <mk-matches> (the class module itself has no side effects).
import { MkMatches } from './matches-list.ts';

if (!customElements.get('mk-matches')) customElements.define('mk-matches', MkMatches);

declare global {
  interface HTMLElementTagNameMap {
    'mk-matches': MkMatches;
  }
}
