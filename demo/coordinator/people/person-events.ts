// What <mk-person-view> asks the page to do: the actions that open one of the page's dialogs or
// panels (classifying the occupation, proposing a mentor, erasing), each with the person's
// signup, and that the session ended. Fired with the widgets' `emit` (bubbling, composed) for a coordinator's click only.
import type { PersonEventDetail } from './person-types.ts';

export type PersonEvent = CustomEvent<PersonEventDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-person-classify': PersonEvent;
    'mk-person-propose': PersonEvent;
    'mk-person-erase': PersonEvent;
    /** An action was refused (401): the page asks to sign in again. */
    'mk-person-session-ended': CustomEvent<null>;
  }
}
