// What <mk-report> tells the page: that the session ended (a load or a download was refused
// with 401), so the page asks to sign in again. Fired with the widgets' `emit` (bubbling,
// composed).
declare global {
  interface GlobalEventHandlersEventMap {
    'mk-report-session-ended': CustomEvent<null>;
  }
}

export {};
