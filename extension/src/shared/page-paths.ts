// The extension pages' paths in the build: crxjs writes each page at the path of its source, so
// these are also where the sources are (src/<page>/<page>.html).

/** The full log of sessions (src/sessions/sessions.html). */
export const SESSIONS_PAGE_PATH = 'src/sessions/sessions.html';

/** The options page (src/options/options.html, the manifest's options_ui.page). */
export const OPTIONS_PAGE_PATH = 'src/options/options.html';
