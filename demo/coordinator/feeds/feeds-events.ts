// What <mk-feeds> tells the page: a failure the page handles itself (the session ended),
// fired with the widgets' `emit`.
declare global {
  interface GlobalEventHandlersEventMap {
    'mk-feeds-failure': CustomEvent<{ error: unknown }>;
  }
}

export {};
