// What the coordinator API answers, as this view reads it: the server's own types (type-only
// imports, so nothing of the server is bundled), as JSON makes them (dates become strings).
import type { SignupView } from '../server/api/coordinator-occupation-routes.ts';
import type { TrainingRecord } from '../server/store/trainings.ts';
import type { ExternalFeedView } from '../server/api/external-feed-routes.ts';
import type { OutboxView as ServerOutboxView } from '../server/api/outbox-routes.ts';

export type {
  CandidateList,
  CandidateView,
  ErasureCounts,
} from '../server/api/coordinator-routes.ts';
export type { OccupationChoice } from '../server/api/coordinator-occupation-routes.ts';
export type { SessionView } from '../server/coordinator-auth/sign-in-routes.ts';
export type { PasskeyView } from '../server/coordinator-auth/passkey-routes.ts';
export type { StoredAuditEntry as AuditEntry } from '../server/store/audit-log.ts';
export type { Coordinator, Programme } from '../server/store/coordinators.ts';
export type {
  MatchListEntry,
  ProposedMatch,
  ReissuedLink,
} from '../server/api/coordinator-match-routes.ts';
// The report holds no dates but its own ISO string: JSON leaves it as it is.
export type {
  CohortReport,
  ProgrammeReport,
  Report,
  RoundReport,
  SuppressedCount,
  SuppressedShare,
} from '../server/report/report.ts';

/** A value after JSON.stringify and JSON.parse: a Date is its ISO string. */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

export type Signup = Json<SignupView>;
export type Training = Json<TrainingRecord>;
export type ExternalFeed = Json<ExternalFeedView>;
export type OutboxView = Json<ServerOutboxView>;
export type OutboxMail = OutboxView['mails'][number];
