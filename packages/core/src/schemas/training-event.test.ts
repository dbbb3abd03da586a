import { describe, expect, it } from 'vitest';
import { invalidFieldPaths } from './field-path.ts';
import { TrainingEventListSchema, TrainingEventSchema } from './training-event.ts';
import type { TrainingEvent } from './training-event.ts';

const timed: TrainingEvent = {
  uid: 'mentor-intro-2025-03@example.org',
  title: 'Introduktion för handledare',
  description: 'Vi går igenom rollen som handledare.',
  start: '2025-03-04T13:00:00+01:00',
  end: '2025-03-04T16:00:00+01:00',
  allDay: false,
  timeZone: 'Europe/Stockholm',
  location: { name: 'Stadshuset', address: 'Storgatan 1, Värnamo', url: 'https://example.org/' },
  onlineUrl: 'https://meet.example.org/intro',
  category: 'Handledarutbildning',
  languages: ['sv', 'en'],
  seats: { total: 20, taken: 12 },
  status: 'confirmed',
  signupUrl: 'https://example.org/anmalan?event=intro',
  recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
};

const allDay: TrainingEvent = {
  uid: 'study-day',
  title: 'Studiedag',
  start: '2025-03-10',
  end: '2025-03-11',
  allDay: true,
  status: 'tentative',
};

function pathsOf(input: unknown): string[] {
  const result = TrainingEventSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return invalidFieldPaths(result.error);
}

describe('TrainingEventSchema', () => {
  it('accepts a timed and an all-day event, and a list of them', () => {
    expect(TrainingEventSchema.parse(timed)).toEqual(timed);
    expect(TrainingEventListSchema.parse([timed, allDay])).toEqual([timed, allDay]);
  });

  it("drops a feed's own extra fields instead of rejecting the event", () => {
    expect(TrainingEventSchema.parse({ ...allDay, 'x-colour': 'red' })).toEqual(allDay);
  });

  it('rejects a javascript: signup URL and location URL at their paths', () => {
    expect(pathsOf({ ...timed, signupUrl: 'javascript:alert(1)' })).toEqual(['signupUrl']);
    const location = { name: 'Här', url: 'javascript:alert(1)' };
    expect(pathsOf({ ...timed, location })).toEqual(['location.url']);
  });

  it('rejects an unknown status and an overlong title', () => {
    expect(pathsOf({ ...timed, status: 'postponed' })).toEqual(['status']);
    expect(pathsOf({ ...timed, title: 'T'.repeat(201) })).toEqual(['title']);
  });

  it('rejects an event that ends before it starts', () => {
    expect(pathsOf({ ...timed, end: '2025-03-04T12:00:00+01:00' })).toEqual(['end']);
  });

  it('requires dates for all-day events and date-times for timed ones', () => {
    expect(pathsOf({ ...allDay, end: '2025-03-11T00:00:00Z' })).toEqual(['end']);
    expect(pathsOf({ ...timed, allDay: true })).toEqual(['start', 'end']);
  });

  it('reports the index of a bad event in a list', () => {
    const result = TrainingEventListSchema.safeParse([timed, { ...allDay, uid: '' }]);
    expect(result.success).toBe(false);
    expect(result.error && invalidFieldPaths(result.error)).toEqual(['1.uid']);
  });
});
