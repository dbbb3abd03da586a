// Registers <mk-feeds> (the class module itself has no side effects).
import { MkFeeds } from './feeds.ts';

if (!customElements.get('mk-feeds')) customElements.define('mk-feeds', MkFeeds);

declare global {
  interface HTMLElementTagNameMap {
    'mk-feeds': MkFeeds;
  }
}
