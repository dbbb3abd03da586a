// The tokens of the links people get by mail (a signup's confirmation, a participant's match
// card, a follow-up): 256 random bits as base64url, nothing personal in them. Only the SHA-256
// is stored, so the tables alone open nothing; the link is the person's key.
import { hash, randomBytes } from 'node:crypto';

export const newLinkToken = (): string => randomBytes(32).toString('base64url');

/** SHA-256 in hex; node's one-shot `hash`, which makes no Hash object (every signup hashes its key). */
export const linkTokenHash = (token: string): string => hash('sha256', token, 'hex');

/** What a token looks like (base64url of 32 bytes); anything else is refused unread. */
export const isLinkTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
