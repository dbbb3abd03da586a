// Valid sessions for tests (node and benches); not imported by the extension's entries.
import type { SessionLog } from '@mentorkit/core';

let counter = 0;

export function makeSession(overrides: Partial<SessionLog> = {}): SessionLog {
  counter++;
  const hex = counter.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    menteeId: 'mentee-amal',
    menteeAlias: 'Amal',
    date: '2026-11-02',
    durationMinutes: 45,
    mode: 'video',
    topics: ['cv'],
    notes: '',
    needsAttention: false,
    createdAt: '2026-11-02T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}
