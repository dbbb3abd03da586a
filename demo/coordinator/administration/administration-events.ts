// What <mk-administration> tells the page: a request was refused because the session ended (the
// page asks to sign in again). Fired with the widgets' `emit` (bubbling, composed).
declare global {
  interface GlobalEventHandlersEventMap {
    'mk-administration-session-ended': CustomEvent<null>;
  }
}

export {};
