// What <mk-trainings> tells the page: a failure the page handles itself (the session ended, or
// the server could not be reached while loading), fired with the widgets' `emit`.
declare global {
  interface GlobalEventHandlersEventMap {
    'mk-trainings-failure': CustomEvent<{ error: unknown }>;
  }
}

export {};
