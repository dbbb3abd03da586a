// Registers <mk-shared-sessions> (the class module itself has no side effects).
import { MkSharedSessions } from './shared-sessions.ts';

if (!customElements.get('mk-shared-sessions')) {
  customElements.define('mk-shared-sessions', MkSharedSessions);
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-shared-sessions': MkSharedSessions;
  }
}
