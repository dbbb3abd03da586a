import { describe, expect, it } from 'vitest';
import { draftKey, loadDraft, newDraftId, removeDraft, saveDraft } from './draft.ts';
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

describe('draft', () => {
  const key = draftKey('mentor', 'p1', '/join');

  it('saves and loads what was typed with its id and start time', () => {
    const storage = memoryStorage();
    const draft = {
      version: 1 as const,
      draftId: DRAFT_ID,
      startedAt: 1000,
      values: MENTOR_VALUES,
    };
    expect(saveDraft(storage, key, draft)).toBe(true);
    expect(loadDraft(storage, key)).toEqual(draft);
    removeDraft(storage, key);
    expect(loadDraft(storage, key)).toBeUndefined();
  });

  it('ignores unreadable or foreign drafts and drops values of the wrong shape', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    expect(loadDraft(storage, key)).toBeUndefined();
    storage.setItem(key, JSON.stringify({ version: 1, draftId: 'x', startedAt: 1, values: {} }));
    expect(loadDraft(storage, key)).toBeUndefined();
    storage.setItem(
      key,
      JSON.stringify({
        version: 1,
        draftId: DRAFT_ID,
        startedAt: 1,
        values: { a: 'ok', b: { evil: 1 }, c: 3 },
      }),
    );
    expect(loadDraft(storage, key)?.values).toEqual({ a: 'ok' });
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
    const draft = { version: 1 as const, draftId: DRAFT_ID, startedAt: 1, values: {} };
    expect(saveDraft(throwing, key, draft)).toBe(false);
    expect(loadDraft(throwing, key)).toBeUndefined();
    expect(() => removeDraft(throwing, key)).not.toThrow();
    expect(saveDraft(undefined, key, draft)).toBe(false);
  });

  it('refuses to save a huge draft', () => {
    const storage = memoryStorage();
    const values = { 'profile.motivation': 'x'.repeat(300_000) };
    expect(saveDraft(storage, key, { version: 1, draftId: DRAFT_ID, startedAt: 1, values })).toBe(
      false,
    );
    expect(storage.map.size).toBe(0);
  });

  it('makes version-4 UUIDs', () => {
    expect(newDraftId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
