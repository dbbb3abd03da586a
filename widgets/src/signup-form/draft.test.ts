import { describe, expect, it } from 'vitest';
import {
  UNSAVED_DRAFT_PATHS,
  draftKey,
  loadDraft,
  newDraftId,
  removeDraft,
  saveDraft,
} from './draft.ts';
import type { DraftStorage } from './draft.ts';
import { DRAFT_ID, MENTOR_VALUES } from './testing/fixtures.ts';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** A fixed instant (2026-11-23T11:00:00Z, the suites' pinned day): no test reads the wall clock. */
const NOW = Date.UTC(2026, 10, 23, 11);
const DAY = 86_400_000;

describe('draft', () => {
  const key = draftKey('mentor', 'p1', '/join');

  it('saves and loads what was typed with its id and start time', () => {
    const storage = memoryStorage();
    const draft = {
      version: 1 as const,
      draftId: DRAFT_ID,
      startedAt: 1000,
      savedAt: NOW,
      values: MENTOR_VALUES,
    };
    expect(saveDraft(storage, key, draft)).toBe(true);
    // All but the fields never kept (the next test).
    const kept = Object.fromEntries(
      Object.entries(MENTOR_VALUES).filter(([path]) => !UNSAVED_DRAFT_PATHS.has(path)),
    );
    expect(loadDraft(storage, key, NOW)).toEqual({ ...draft, values: kept });
    removeDraft(storage, key);
    expect(loadDraft(storage, key, NOW)).toBeUndefined();
  });

  it('ignores unreadable or foreign drafts and drops values of the wrong shape', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    expect(loadDraft(storage, key, NOW)).toBeUndefined();
    storage.setItem(
      key,
      JSON.stringify({ version: 1, draftId: 'x', startedAt: 1, savedAt: NOW, values: {} }),
    );
    expect(loadDraft(storage, key, NOW)).toBeUndefined();
    storage.setItem(
      key,
      JSON.stringify({
        version: 1,
        draftId: DRAFT_ID,
        startedAt: 1,
        savedAt: NOW,
        values: { a: 'ok', b: { evil: 1 }, c: 3 },
      }),
    );
    expect(loadDraft(storage, key, NOW)?.values).toEqual({ a: 'ok' });
  });

  it('survives storage that throws or is absent', () => {
    const throwing: DraftStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const draft = {
      version: 1 as const,
      draftId: DRAFT_ID,
      startedAt: 1,
      savedAt: NOW,
      values: {},
    };
    expect(saveDraft(throwing, key, draft)).toBe(false);
    expect(loadDraft(throwing, key, NOW)).toBeUndefined();
    expect(() => removeDraft(throwing, key)).not.toThrow();
    expect(saveDraft(undefined, key, draft)).toBe(false);
  });

  it('refuses to save a huge draft', () => {
    const storage = memoryStorage();
    const values = { 'profile.motivation': 'x'.repeat(300_000) };
    expect(
      saveDraft(storage, key, {
        version: 1,
        draftId: DRAFT_ID,
        startedAt: 1,
        savedAt: NOW,
        values,
      }),
    ).toBe(false);
    expect(storage.map.size).toBe(0);
  });

  it('makes version-4 UUIDs', () => {
    expect(newDraftId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('expires: kept for the days given (7 by default), then removed; one without a date goes', () => {
    const storage = memoryStorage();
    const draft = {
      version: 1 as const,
      draftId: DRAFT_ID,
      startedAt: NOW,
      savedAt: NOW,
      values: { 'person.name': 'Anna' },
    };
    saveDraft(storage, key, draft);
    expect(loadDraft(storage, key, NOW + 7 * DAY)?.values).toEqual({ 'person.name': 'Anna' });
    expect(loadDraft(storage, key, NOW + 2 * DAY, 1)).toBeUndefined();
    expect(storage.map.has(key)).toBe(false);
    saveDraft(storage, key, draft);
    expect(loadDraft(storage, key, NOW + 7 * DAY + 1)).toBeUndefined();
    expect(storage.map.has(key)).toBe(false);
    // Saved before drafts expired (no savedAt, and perhaps a phone number): not restored, removed.
    storage.setItem(key, JSON.stringify({ ...draft, savedAt: undefined }));
    expect(loadDraft(storage, key, NOW)).toBeUndefined();
    expect(storage.map.has(key)).toBe(false);
  });

  it('never keeps phone, country of birth, mother tongue or the consent tick', () => {
    const storage = memoryStorage();
    const values = {
      'person.name': 'Anna',
      'person.phone': '+46 70 123 45 67',
      'profile.countryOfBirth': 'SY',
      'profile.motherTongue': 'ar',
      consent: true,
    };
    saveDraft(storage, key, {
      version: 1,
      draftId: DRAFT_ID,
      startedAt: NOW,
      savedAt: NOW,
      values,
    });
    const text = storage.map.get(key)!;
    for (const kept of ['+46 70', 'SY', 'motherTongue', 'countryOfBirth', 'phone', 'consent']) {
      expect(text).not.toContain(kept);
    }
  });
});
