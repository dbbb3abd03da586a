// The signed-in coordinator as this tab knows them: what GET /api/coordinator/session answered,
// kept in memory only. The session itself is an HttpOnly cookie no script can read; its CSRF
// token (here) goes with every change, which another site's page cannot send.
import type { SessionView } from './api-types.ts';

let current: SessionView | undefined;

export const currentSession = (): SessionView | undefined => current;
export const keepSession = (session: SessionView | undefined): void => {
  current = session;
};
