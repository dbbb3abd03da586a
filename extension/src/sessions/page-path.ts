/** Where crxjs writes the sessions page: at the path of its source. */
export const SESSIONS_PAGE_PATH = 'src/sessions/sessions.html';
