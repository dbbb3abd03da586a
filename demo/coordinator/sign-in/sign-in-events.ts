// What <mk-sign-in> tells the page: someone signed in (by token or passkey here; a mailed link
// signs in on its own page, which comes back to this one signed in). Fired with the widgets'
// `emit` (bubbling, composed).
import type { SessionView } from '../api-types.ts';

export interface SignedInDetail {
  session: SessionView;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-signed-in': CustomEvent<SignedInDetail>;
  }
}
