// What the coordinator's dialogs tell the page (bubbling, composed, with the widgets' `emit`):
// a classification or an erasure done, with what to say about it in the dialog's language,
// and that the session ended (the page asks to sign in again).
import type { ErasureCounts, Signup } from '../api-types.ts';

export interface DialogPerson {
  id: string;
  name: string;
  email: string;
}

export interface ClassifiedDetail {
  /** The signup as the server now holds it. */
  signup: Signup;
  /** "Amal Haddad was classified as Specialistläkare (Specialistläkare)." */
  said: string;
}

export interface ErasedDetail {
  person: DialogPerson;
  counts: ErasureCounts;
  /** "The data of amal@example.org was erased: 1 signup, 0 matches." */
  said: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-classify-done': CustomEvent<ClassifiedDetail>;
    'mk-erase-done': CustomEvent<ErasedDetail>;
    'mk-dialog-session-ended': CustomEvent<null>;
  }
}
