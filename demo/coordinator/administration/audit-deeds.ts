// What an audit entry says was done, from its action and the route it was logged for: the log
// keeps the request (method and path, ids included), the page says the deed in words. A route
// this table does not know falls back on its action alone ("Changed", "Viewed"), with the
// request shown beside it as a detail.
import type { AuditEntry } from './administration-types.ts';

export const AUDIT_DEEDS = [
  'viewed-people',
  'viewed-person',
  'viewed-candidates',
  'viewed-matches',
  'viewed-shared-sessions',
  'viewed-outbox',
  'viewed-accounts',
  'viewed-audit',
  'exported-people-csv',
  'exported-person',
  'erased-person',
  'withdrew',
  'reinstated',
  'classified',
  'proposed-match',
  'changed-match',
  'added-training',
  'cancelled-training',
  'added-feed',
  'refreshed-feed',
  'removed-feed',
  'added-programme',
  'changed-programme',
  'invited',
  'invited-again',
  'revoked',
  'removed-account',
  'added-passkey',
  'removed-passkey',
  'signed-in-link',
  'signed-in-passkey',
  'signed-in-token',
  'signed-in',
  'signed-out',
  'viewed',
  'exported',
  'changed',
  'erased',
] as const;

export type AuditDeed = (typeof AUDIT_DEEDS)[number];

/** A deed that names only the action: the entry's request is shown beside it. */
export const GENERIC_DEEDS: ReadonlySet<AuditDeed> = new Set([
  'viewed',
  'exported',
  'changed',
  'erased',
]);

const ID = '[^/]+';
const C = '/api/coordinator';
/** Method and path, first match wins. */
const ROUTES: readonly [string, RegExp, AuditDeed][] = [
  ['GET', new RegExp(`^${C}/signups$`), 'viewed-people'],
  ['GET', new RegExp(`^${C}/signups\\.csv$`), 'exported-people-csv'],
  ['GET', new RegExp(`^${C}/signups/${ID}/export$`), 'exported-person'],
  ['GET', new RegExp(`^${C}/signups/${ID}/candidates$`), 'viewed-candidates'],
  ['GET', new RegExp(`^${C}/signups/${ID}(/person)?$`), 'viewed-person'],
  ['GET', new RegExp(`^${C}/matches$`), 'viewed-matches'],
  ['GET', new RegExp(`^${C}/shared-sessions`), 'viewed-shared-sessions'],
  ['GET', new RegExp(`^${C}/outbox$`), 'viewed-outbox'],
  ['GET', new RegExp(`^${C}/coordinators$`), 'viewed-accounts'],
  ['GET', new RegExp(`^${C}/audit$`), 'viewed-audit'],
  ['POST', new RegExp(`^${C}/signups/${ID}/erase$`), 'erased-person'],
  ['POST', new RegExp(`^${C}/signups/${ID}/withdraw$`), 'withdrew'],
  ['POST', new RegExp(`^${C}/signups/${ID}/reinstate$`), 'reinstated'],
  ['PUT', new RegExp(`^${C}/signups/${ID}/occupation$`), 'classified'],
  ['POST', new RegExp(`^${C}/matches$`), 'proposed-match'],
  ['POST', new RegExp(`^${C}/matches/${ID}/`), 'changed-match'],
  ['POST', new RegExp(`^${C}/trainings$`), 'added-training'],
  ['POST', new RegExp(`^${C}/trainings/${ID}/cancel$`), 'cancelled-training'],
  ['POST', new RegExp(`^${C}/feeds$`), 'added-feed'],
  ['POST', new RegExp(`^${C}/feeds/${ID}/refresh$`), 'refreshed-feed'],
  ['DELETE', new RegExp(`^${C}/feeds/${ID}$`), 'removed-feed'],
  ['POST', new RegExp(`^${C}/programmes$`), 'added-programme'],
  ['PUT', new RegExp(`^${C}/programmes/${ID}$`), 'changed-programme'],
  ['POST', new RegExp(`^${C}/coordinators$`), 'invited'],
  ['POST', new RegExp(`^${C}/coordinators/${ID}/invitation$`), 'invited-again'],
  ['POST', new RegExp(`^${C}/coordinators/${ID}/revoke$`), 'revoked'],
  ['DELETE', new RegExp(`^${C}/coordinators/${ID}$`), 'removed-account'],
  ['POST', new RegExp(`^${C}/passkeys$`), 'added-passkey'],
  ['DELETE', new RegExp(`^${C}/passkeys/${ID}$`), 'removed-passkey'],
];

/** How a sign-in was made (the route the server logs it under). */
const SIGN_INS: Readonly<Record<string, AuditDeed>> = {
  'POST /coordinator-sign-in': 'signed-in-link',
  'POST /api/coordinator/sign-in/passkey': 'signed-in-passkey',
  'POST /api/coordinator/sign-in/token': 'signed-in-token',
};

export function auditDeedOf(entry: Pick<AuditEntry, 'action' | 'route'>): AuditDeed {
  if (entry.action === 'signed-in') {
    return Object.hasOwn(SIGN_INS, entry.route) ? SIGN_INS[entry.route]! : 'signed-in';
  }
  if (entry.action === 'signed-out') return 'signed-out';
  const [method = '', path = ''] = entry.route.split(' ');
  const known = ROUTES.find(([m, pattern]) => m === method && pattern.test(path));
  return known?.[2] ?? entry.action;
}
