// What the account parts tell the page: the coordinator signed out (the bar has ended the
// session), or a request was refused because the session had ended (the page asks to sign in
// again). Fired with the widgets' `emit` (bubbling, composed).
declare global {
  interface GlobalEventHandlersEventMap {
    'mk-signed-out': CustomEvent<null>;
    'mk-session-ended': CustomEvent<null>;
  }
}

export {};
