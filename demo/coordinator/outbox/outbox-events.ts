// What <mk-outbox> tells the page: its load was refused because the session ended (the page
// asks to sign in again). Fired with the widgets' `emit` (bubbling, composed).
declare global {
  interface GlobalEventHandlersEventMap {
    'mk-outbox-session-ended': CustomEvent<null>;
  }
}

export {};
