import { describe, expect, it } from 'vitest';
import { makeSession } from '../../storage/testing/sessions.ts';
import { draftOf, newDraft, sessionFromDraft, type DraftContext } from './draft.ts';

let ids = 0;
const context = (overrides: Partial<DraftContext> = {}): DraftContext => ({
  mentees: [{ id: 'mentee-amal', alias: 'Amal', lastMet: '2026-11-01', sessions: 3 }],
  now: new Date('2026-11-23T12:00:00.000Z'),
  newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  ...overrides,
});

describe('quick-log draft', () => {
  it('starts from today with the last mentee, duration and mode', () => {
    const last = makeSession({ durationMinutes: 90, mode: 'phone' });
    expect(newDraft('2026-11-23', last)).toMatchObject({
      menteeAlias: 'Amal',
      date: '2026-11-23',
      duration: 90,
      mode: 'phone',
      topics: [],
    });
    expect(newDraft('2026-11-23', makeSession({ durationMinutes: 50 }))).toMatchObject({
      duration: 'custom',
      customMinutes: '50',
    });
    expect(newDraft('2026-11-23', undefined)).toMatchObject({ menteeAlias: '', duration: 60 });
  });

  it('finds a known mentee by alias, any case, and creates a new one for a new alias', () => {
    const draft = { ...newDraft('2026-11-23', undefined), menteeAlias: '  amal ' };
    const known = sessionFromDraft(draft, context());
    expect(known.ok && known.session.menteeId).toBe('mentee-amal');
    const fresh = sessionFromDraft({ ...draft, menteeAlias: 'Bashir' }, context());
    expect(fresh.ok && fresh.session).toMatchObject({ menteeAlias: 'Bashir' });
    expect(fresh.ok && fresh.session.menteeId).not.toBe('mentee-amal');
  });

  it('names the field to fix', () => {
    const draft = newDraft('2026-11-23', makeSession());
    expect(sessionFromDraft({ ...draft, menteeAlias: ' ' }, context())).toEqual({
      ok: false,
      problem: 'mentee',
    });
    expect(
      sessionFromDraft({ ...draft, duration: 'custom', customMinutes: '0' }, context()),
    ).toEqual({ ok: false, problem: 'duration' });
    expect(sessionFromDraft({ ...draft, date: '2026-02-30' }, context())).toEqual({
      ok: false,
      problem: 'date',
    });
  });

  it('keeps a reminder day only with a follow-up, and names a day that is no date', () => {
    const draft = { ...newDraft('2026-11-23', undefined), menteeAlias: 'Amal' };
    const reminded = sessionFromDraft(
      { ...draft, followUp: 'Ring facket', followUpOn: '2026-11-30' },
      context(),
    );
    expect(reminded.ok && reminded.session.followUpOn).toBe('2026-11-30');
    const without = sessionFromDraft(
      { ...draft, followUp: '  ', followUpOn: '2026-11-30' },
      context(),
    );
    expect(without.ok && 'followUpOn' in without.session).toBe(false);
    expect(
      sessionFromDraft({ ...draft, followUp: 'Ring', followUpOn: '2026-13-40' }, context()),
    ).toEqual({ ok: false, problem: 'followUpOn' });
    expect(
      draftOf({ ...makeSession(), followUp: 'Ring', followUpOn: '2026-11-30' }).followUpOn,
    ).toBe('2026-11-30');
  });

  it('keeps id, mentee and createdAt when editing', () => {
    const editing = makeSession({ notes: 'before' });
    const result = sessionFromDraft(
      { ...draftOf(editing), notes: 'after', rating: 4 },
      context({ editing }),
    );
    expect(result.ok && result.session).toEqual({
      ...editing,
      notes: 'after',
      rating: 4,
      updatedAt: '2026-11-23T12:00:00.000Z',
    });
  });
});
