// The backend's configuration from the environment, in one place (the README lists these).
//   MENTORKIT_DATA_DIR            data folder (default demo/server/data): PGlite, coordinator token
//   DATABASE_URL                  use this PostgreSQL instead of PGlite
//   MENTORKIT_COORDINATOR_TOKEN   the coordinator token (default: generated, kept in the data folder)
//   MENTORKIT_CORS_ORIGINS        partner origins allowed to call the public API, comma-separated (default *)
//   MENTORKIT_SIGNUP_RATE         signups per client: "burst/perMinute" (default 20/30), "off" to switch off
//   MENTORKIT_TRUST_PROXY         N: N proxies of our own in front (the client address from
//                                 X-Forwarded-For, N entries from its right); default 0
//   MENTORKIT_FEED_ALLOW_HOSTS    hosts on a private network the backend may fetch external calendar
//                                 feeds from, comma-separated (default none: public addresses only)
//   MENTORKIT_FEED_REFRESH_MINUTES minutes between two fetches of an external feed (default 15)
//   MENTORKIT_SMTP_URL            send mail through this SMTP server (smtp://user:pass@host:587,
//                                 smtps:// for TLS from the start); unset: mail stays in the outbox
//   MENTORKIT_MAIL_FROM           the From of every mail (default "Mentorkit <mentorkit@localhost>")
//   MENTORKIT_COORDINATOR_EMAILS  who is told of new signups, comma-separated (default nobody)
//   MENTORKIT_SIGNUP_NOTICE       each (default): a notice per signup; daily: a digest at 08:00
//   MENTORKIT_CONFIRMATION_DAYS   days a signup's confirmation link works (default 7)
//   MENTORKIT_MATCH_LINK_DAYS     days a participant's link to their match card works (default 60)
//   MENTORKIT_MATCH_REMINDER_DAYS days before whoever has not answered a proposal is reminded
//                                 (default 7; 0: no reminders)
//   MENTORKIT_NO_MEETING_DAYS     days without a meeting before both people of an active match are
//                                 reminded (default 21; 0: no reminders)
//   MENTORKIT_FOLLOW_UP_MONTHS    months after a match starts when both are asked how it went
//                                 (default 3,6,12; "none": no follow-ups)
//   MENTORKIT_FOLLOW_UP_DAYS      days a follow-up's link takes answers (default 30)
//   MENTORKIT_FOLLOW_UP_RETENTION_MONTHS months follow-up answers are kept after they were given
//                                 (default 36), then deleted
//   MENTORKIT_AUDIT_RETENTION_MONTHS months the audit log keeps an entry (default 24), then deleted
//   MENTORKIT_CLOCK               tests only: the backend's clock starts at this ISO 8601 instant
//                                 and runs on from there (the whole-loop end-to-end test restarts
//                                 the server weeks and months later); unset: the real clock
//   MENTORKIT_PUBLIC_URL          the backend's address as people reach it, for links in mail
//                                 (default http://HOST:PORT/)
//   MENTORKIT_PROGRAMME_QUESTIONS each programme's extra questions on the signup form, a JSON file
//                                 (default programmes/questions.json); no other answers are accepted
//   MENTORKIT_SEED                0: do not seed a fresh database with demo data
//   MENTORKIT_SEED_TIME           the instant the demo data is dated from (ISO 8601; default now):
//                                 the end-to-end suites pin it with the browsers' clocks
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllowedHosts, type AllowedHosts } from './external-feeds/address-policy.ts';
import { parseCorsOrigins, type CorsPolicy } from './http/cors.ts';

export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

export interface ServerConfig {
  dataDir: string;
  databaseUrl: string | undefined;
  coordinatorToken: string | undefined;
  cors: CorsPolicy;
  signupRateLimit: { capacity: number; refillPerSecond: number } | false;
  /** Proxies of our own in front of the backend; 0: none. */
  trustProxy: number;
  /** External calendar feeds: hosts allowed besides public addresses, and minutes between fetches. */
  feedAllowedHosts: AllowedHosts;
  feedRefreshMinutes: number;
  mail: MailConfig;
  seed: boolean;
  /** The JSON file of each programme's extra questions (programmes/programme-questions.ts). */
  programmeQuestionsFile: string | undefined;
  /** "Now" for the demo data of a fresh database; undefined: the real now. */
  seedTime: Date | undefined;
  /** Tests only: the instant the backend's clock starts at; undefined: the real clock. */
  clockStart: Date | undefined;
  /** Months the audit log keeps an entry. */
  auditRetentionMonths: number;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
  coordinatorEmails: string[];
  signupNotice: 'each' | 'daily';
  confirmationDays: number;
  matchLinkDays: number;
  /** 0: no reminders. */
  matchReminderDays: number;
  /** Days without a meeting before an active match is reminded; 0: never. */
  noMeetingDays: number;
  /** Months after the start of a match when both are asked for its outcome, ascending. */
  followUpMonths: number[];
  /** Days a follow-up link takes answers. */
  followUpDays: number;
  /** Months follow-up answers are kept after they were given. */
  followUpRetentionMonths: number;
  /** Undefined: main.ts uses the address it listens on. */
  publicUrl: string | undefined;
}

export function parseMailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const notice = (env.MENTORKIT_SIGNUP_NOTICE ?? '').trim() || 'each';
  if (notice !== 'each' && notice !== 'daily') {
    throw new Error(`MENTORKIT_SIGNUP_NOTICE must be "each" or "daily", not "${notice}".`);
  }
  const coordinatorEmails = (env.MENTORKIT_COORDINATOR_EMAILS ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  for (const address of coordinatorEmails) {
    if (!/^[^\s@,<>]+@[^\s@,<>]+$/.test(address)) {
      throw new Error(`MENTORKIT_COORDINATOR_EMAILS: "${address}" is not an e-mail address.`);
    }
  }
  const daysText = (env.MENTORKIT_CONFIRMATION_DAYS ?? '').trim() || '7';
  const confirmationDays = Number(daysText);
  if (!Number.isInteger(confirmationDays) || confirmationDays < 1 || confirmationDays > 90) {
    throw new Error(
      `MENTORKIT_CONFIRMATION_DAYS must be a whole number of days from 1 to 90, not "${daysText}".`,
    );
  }
  const matchLinkDays = wholeDays(env, 'MENTORKIT_MATCH_LINK_DAYS', 60, 1, 365);
  const matchReminderDays = wholeDays(env, 'MENTORKIT_MATCH_REMINDER_DAYS', 7, 0, 90);
  const noMeetingDays = wholeDays(env, 'MENTORKIT_NO_MEETING_DAYS', 21, 0, 365);
  const followUpDays = wholeDays(env, 'MENTORKIT_FOLLOW_UP_DAYS', 30, 1, 365);
  const followUpRetentionMonths = parseMonths(env, 'MENTORKIT_FOLLOW_UP_RETENTION_MONTHS', 36);
  const publicUrl = env.MENTORKIT_PUBLIC_URL?.trim() || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new Error(`MENTORKIT_PUBLIC_URL must be an http(s) address, not "${publicUrl}".`);
  }
  return {
    smtpUrl: env.MENTORKIT_SMTP_URL?.trim() || undefined,
    from: env.MENTORKIT_MAIL_FROM?.trim() || 'Mentorkit <mentorkit@localhost>',
    coordinatorEmails,
    signupNotice: notice,
    confirmationDays,
    matchLinkDays,
    matchReminderDays,
    noMeetingDays,
    followUpMonths: parseFollowUpMonths(env.MENTORKIT_FOLLOW_UP_MONTHS),
    followUpDays,
    followUpRetentionMonths,
    publicUrl: publicUrl === undefined ? undefined : publicUrl.replace(/\/*$/, '/'),
  };
}

/** "3,6,12" → [3, 6, 12]; "none" → []; each a whole number of months from 1 to 60. */
export function parseFollowUpMonths(value: string | undefined): number[] {
  const text = (value ?? '').trim() || '3,6,12';
  if (text === 'none') return [];
  const months = text.split(',').map((part) => Number(part.trim()));
  if (months.some((month) => !Number.isInteger(month) || month < 1 || month > 60)) {
    throw new Error(
      `MENTORKIT_FOLLOW_UP_MONTHS must be months from 1 to 60, comma-separated (e.g. 3,6,12), or "none", not "${text}".`,
    );
  }
  return [...new Set(months)].sort((a, b) => a - b);
}

function wholeDays(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = (env[name] ?? '').trim() || String(fallback);
  const days = Number(text);
  if (!Number.isInteger(days) || days < min || days > max) {
    throw new Error(`${name} must be a whole number of days from ${min} to ${max}, not "${text}".`);
  }
  return days;
}

export function parseRate(value: string | undefined): ServerConfig['signupRateLimit'] {
  if (value === undefined || value.trim() === '') return { capacity: 20, refillPerSecond: 0.5 };
  if (value.trim() === 'off') return false;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(
      `MENTORKIT_SIGNUP_RATE must be "burst/perMinute" (e.g. 20/30) or "off", not "${value}".`,
    );
  }
  return { capacity: Number(match[1]), refillPerSecond: Number(match[2]) / 60 };
}

export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    dataDir: resolve(env.MENTORKIT_DATA_DIR || DEFAULT_DATA_DIR),
    databaseUrl: env.DATABASE_URL || undefined,
    coordinatorToken: env.MENTORKIT_COORDINATOR_TOKEN || undefined,
    cors: parseCorsOrigins(env.MENTORKIT_CORS_ORIGINS),
    signupRateLimit: parseRate(env.MENTORKIT_SIGNUP_RATE),
    trustProxy: parseTrustProxy(env.MENTORKIT_TRUST_PROXY),
    feedAllowedHosts: parseAllowedHosts(env.MENTORKIT_FEED_ALLOW_HOSTS),
    feedRefreshMinutes: parseRefreshMinutes(env.MENTORKIT_FEED_REFRESH_MINUTES),
    mail: parseMailConfig(env),
    seed: env.MENTORKIT_SEED !== '0',
    programmeQuestionsFile: env.MENTORKIT_PROGRAMME_QUESTIONS?.trim() || undefined,
    seedTime: parseInstant('MENTORKIT_SEED_TIME', env.MENTORKIT_SEED_TIME),
    clockStart: parseInstant('MENTORKIT_CLOCK', env.MENTORKIT_CLOCK),
    auditRetentionMonths: parseMonths(env, 'MENTORKIT_AUDIT_RETENTION_MONTHS', 24),
  };
}

/** A whole number of months from 1 to 120 (retention), `fallback` when unset. */
export function parseMonths(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = (env[name] ?? '').trim() || String(fallback);
  const months = Number(text);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new Error(`${name} must be a whole number of months from 1 to 120, not "${text}".`);
  }
  return months;
}

export function parseTrustProxy(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const hops = Number(value.trim());
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(
      `MENTORKIT_TRUST_PROXY must be the number of proxies of your own in front (0 to 10), not "${value}".`,
    );
  }
  return hops;
}

export function parseRefreshMinutes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 15;
  const minutes = Number(value.trim());
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
    throw new Error(
      `MENTORKIT_FEED_REFRESH_MINUTES must be a whole number of minutes from 1 to 1440, not "${value}".`,
    );
  }
  return minutes;
}

export function parseInstant(name: string, value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  // An offset or Z is required: a time without one would mean different instants on different
  // machines.
  const instant = /(Z|[+-]\d\d:\d\d)$/.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new Error(
      `${name} must be an ISO 8601 instant with an offset (e.g. 2026-11-23T12:00:00+01:00), not "${value}".`,
    );
  }
  return instant;
}
