// Everything the backend holds about one person, for their right of access (GDPR art. 15) and
// portability (art. 20, as JSON or CSV):
// their signup as they sent it, each match they are in with its history, meetings and their own
// follow-up answers, the session summaries their extension shared as the match's mentor
// (issue 18), and the mails sent to them. The other person of a match appears by the
// name the match card shows, as the person already knows it; the other's follow-up answers are
// the other's data and are left out.
import type { SignupSubmission } from '@mentorkit/core';
import { writeCsv, type CsvDialect } from '@mentorkit/core/csv';
import type { Database } from '../db/database.ts';
import { listFollowUps } from '../store/follow-ups.ts';
import { listMatchEvents, type MatchEvent, type MatchRole } from '../store/match-history.ts';
import { listMatchesOf } from '../store/matches.ts';
import { listMeetings, type MeetingRecord } from '../store/meetings.ts';
import { listMailsTo } from '../store/outbox.ts';
import { listSummaries, type StoredSummary } from '../store/session-summaries.ts';
import { getSignup } from '../store/signups.ts';

export interface PersonExport {
  exportedAt: string;
  signup: {
    id: string;
    createdAt: string;
    confirmedAt: string | null;
    /** When a coordinator marked them withdrawn; null: not withdrawn. */
    withdrawnAt: string | null;
    submission: SignupSubmission;
  };
  matches: {
    id: string;
    role: MatchRole;
    otherPerson: string;
    status: string;
    startedAt: string | null;
    history: MatchEvent[];
    meetings: MeetingRecord[];
    followUps: {
      monthsAfterStart: number;
      sentAt: string;
      answeredAt: string | null;
      answers: unknown;
    }[];
    /**
     * What the person's extension shared as this match's mentor, as stored (the note only when
     * they shared it); none for the mentee, whose sessions are the mentor's log.
     */
    sharedSessions: SharedSession[];
  }[];
  mails: { kind: string; subject: string; createdAt: string; sentAt: string | null }[];
}

/** A shared session summary; the hash of its last Idempotency-Key is the server's own. */
export type SharedSession = Omit<StoredSummary, 'matchId' | 'lastKeyHash'>;

function sharedSession(stored: StoredSummary): SharedSession {
  const copy: Partial<StoredSummary> = { ...stored };
  delete copy.matchId;
  delete copy.lastKeyHash;
  return copy as SharedSession;
}

/** The person's export; undefined when no such signup is stored. */
export async function exportPerson(
  database: Database,
  signupId: string,
  now: Date,
): Promise<PersonExport | undefined> {
  const signup = await getSignup(database, signupId);
  if (!signup) return undefined;
  const matches = await listMatchesOf(database, signupId);
  const ids = matches.map((match) => match.id);
  const mentorOf = matches.filter((match) => match.mentorSignupId === signupId).map((m) => m.id);
  const [history, followUps, mails, summaries] = await Promise.all([
    listMatchEvents(database, ids),
    listFollowUps(database, ids),
    listMailsTo(database, signupId, signup.email),
    listSummaries(database, mentorOf),
  ]);
  const exported: PersonExport['matches'] = [];
  for (const match of matches) {
    const role: MatchRole = match.mentorSignupId === signupId ? 'mentor' : 'mentee';
    const other = await getSignup(
      database,
      role === 'mentor' ? match.menteeSignupId : match.mentorSignupId,
    );
    exported.push({
      id: match.id,
      role,
      otherPerson: other?.name ?? '',
      status: match.status,
      startedAt: match.startedAt ?? null,
      history: history.get(match.id) ?? [],
      meetings: await listMeetings(database, match.id),
      followUps: followUps
        .filter((followUp) => followUp.matchId === match.id && followUp.role === role)
        .map((followUp) => ({
          monthsAfterStart: followUp.monthsAfterStart,
          sentAt: followUp.createdAt,
          answeredAt: followUp.answeredAt ?? null,
          answers: followUp.answers ?? null,
        })),
      sharedSessions:
        role === 'mentor'
          ? summaries.filter((stored) => stored.matchId === match.id).map(sharedSession)
          : [],
    });
  }
  return {
    exportedAt: now.toISOString(),
    signup: {
      id: signup.id,
      createdAt: signup.createdAt,
      confirmedAt: signup.confirmedAt,
      withdrawnAt: signup.withdrawnAt,
      submission: signup.submission,
    },
    matches: exported,
    mails: mails.map((mail) => ({
      kind: mail.kind,
      subject: mail.subject,
      createdAt: mail.createdAt,
      sentAt: mail.sentAt,
    })),
  };
}

/**
 * The same export as CSV, for a person who wants it in a spreadsheet: one row per value, its
 * place in the JSON export as a dotted path (`signup.submission.person.name`,
 * `matches.0.meetings.1.heldOn`) and the value, so nothing of the JSON is left out. Written by
 * core's one CSV writer, whose formula guard keeps the person's own text inert.
 */
export function personExportToCsv(exported: PersonExport, dialect: CsvDialect): string {
  const rows: string[][] = [['field', 'value']];
  const walk = (value: unknown, path: string) => {
    if (value === null || value === undefined) rows.push([path, '']);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}.${index}`));
    else if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    } else rows.push([path, typeof value === 'string' ? value : JSON.stringify(value)]);
  };
  walk(exported, '');
  return writeCsv(rows, { dialect });
}
