import { describe, expect, it } from 'vitest';
import { invalidFieldPaths } from './field-path.ts';
import { SessionLogSchema } from './session-log.ts';
import type { SessionLog } from './session-log.ts';

const session: SessionLog = {
  id: '8a6e0804-2bd0-4672-b79d-d97027f9071a',
  menteeId: 'mentee-7',
  menteeAlias: 'L.',
  date: '2025-03-04',
  startTime: '16:30',
  durationMinutes: 45,
  mode: 'workplace-visit',
  topics: ['workplace-culture', 'language'],
  notes: 'Gick runt i gjuteriet och pratade om skyddsutrustning.',
  rating: 4,
  needsAttention: false,
  followUp: 'Ta med CV nästa gång',
  createdAt: '2025-03-04T17:20:00Z',
  updatedAt: '2025-03-04T17:20:00Z',
};

function pathsOf(input: unknown): string[] {
  const result = SessionLogSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return invalidFieldPaths(result.error);
}

describe('SessionLogSchema', () => {
  it('accepts a session, and one logged with empty notes', () => {
    expect(SessionLogSchema.parse(session)).toEqual(session);
    expect(SessionLogSchema.safeParse({ ...session, notes: '' }).success).toBe(true);
  });

  it('rejects durations outside 1..600 minutes', () => {
    expect(pathsOf({ ...session, durationMinutes: 0 })).toEqual(['durationMinutes']);
    expect(pathsOf({ ...session, durationMinutes: 601 })).toEqual(['durationMinutes']);
    expect(pathsOf({ ...session, durationMinutes: 30.5 })).toEqual(['durationMinutes']);
  });

  it('rejects a bad date, time, mode, topic and rating at their paths', () => {
    expect(pathsOf({ ...session, date: '04/03/2025' })).toEqual(['date']);
    expect(pathsOf({ ...session, startTime: '25:00' })).toEqual(['startTime']);
    expect(pathsOf({ ...session, mode: 'telepathy' })).toEqual(['mode']);
    expect(pathsOf({ ...session, topics: ['cv', 'gossip'] })).toEqual(['topics.1']);
    expect(pathsOf({ ...session, rating: 6 })).toEqual(['rating']);
  });

  it('rejects overlong notes', () => {
    expect(pathsOf({ ...session, notes: 'x'.repeat(5001) })).toEqual(['notes']);
  });
});
