import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  loadSettings,
  migrateSettings,
  saveSettings,
  type SettingsStorage,
} from './settings.ts';

function fakeStorage(initial: Record<string, unknown> = {}): SettingsStorage & {
  items: Record<string, unknown>;
} {
  const items = structuredClone(initial);
  return {
    items,
    get(key) {
      return Promise.resolve(key in items ? { [key]: structuredClone(items[key]) } : {});
    },
    set(changes) {
      Object.assign(items, structuredClone(changes));
      return Promise.resolve();
    },
  };
}

describe('migrateSettings', () => {
  it('gives the defaults when nothing usable is stored', () => {
    for (const stored of [undefined, null, 'settings', 3, [], {}]) {
      expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      menteeLanguage: null,
      mentorLanguages: [],
    });
  });

  it('never hands out the defaults’ own list', () => {
    migrateSettings(undefined).mentorLanguages.push('sv');
    expect(migrateSettings({}).mentorLanguages).toEqual([]);
    expect(DEFAULT_SETTINGS.mentorLanguages).toEqual([]);
  });

  it('keeps valid current settings as they are', () => {
    const current = { version: 2, menteeLanguage: 'ti', mentorLanguages: ['sv', 'ti'] };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('migrates version 1 settings to version 2 and keeps what they said', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(migrateSettings({ version: 1, menteeLanguage: 'ar' })).toEqual({
      version: 2,
      menteeLanguage: 'ar',
      mentorLanguages: [],
    });
  });

  it('migrates unversioned settings (version 0) through every step', () => {
    expect(migrateSettings({ menteeLanguage: 'fa' })).toEqual({
      version: 2,
      menteeLanguage: 'fa',
      mentorLanguages: [],
    });
  });

  it('replaces only the invalid field with its default and drops unknown fields', () => {
    expect(
      migrateSettings({
        version: 2,
        menteeLanguage: 'klingon',
        mentorLanguages: ['uk'],
        theme: 'dark',
      }),
    ).toEqual({ version: 2, menteeLanguage: null, mentorLanguages: ['uk'] });
    expect(migrateSettings({ version: 2, menteeLanguage: 'so', mentorLanguages: 'sv' })).toEqual({
      version: 2,
      menteeLanguage: 'so',
      mentorLanguages: [],
    });
  });

  it('keeps the known mentor languages, once each and in a fixed order', () => {
    expect(migrateSettings({ version: 2, mentorLanguages: ['uk', 'tlh', 'sv', 'uk', 3] })).toEqual({
      version: 2,
      menteeLanguage: null,
      mentorLanguages: ['sv', 'uk'],
    });
  });

  it('reads settings from a newer build as far as today’s shape allows', () => {
    expect(
      migrateSettings({
        version: 99,
        menteeLanguage: 'so',
        mentorLanguages: ['en', 'de'],
        newField: true,
      }),
    ).toEqual({ version: 2, menteeLanguage: 'so', mentorLanguages: ['en'] });
  });
});

describe('loadSettings and saveSettings', () => {
  it('loads defaults from empty storage without writing anything', async () => {
    const storage = fakeStorage();
    expect(await loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(storage.items).toEqual({});
  });

  it('saves a change at the current version and loads it back', async () => {
    const storage = fakeStorage({ [SETTINGS_STORAGE_KEY]: { menteeLanguage: 'ar' } });
    const saved = await saveSettings(storage, { menteeLanguage: 'uk' });
    expect(saved).toEqual({ version: SETTINGS_VERSION, menteeLanguage: 'uk', mentorLanguages: [] });
    expect(storage.items[SETTINGS_STORAGE_KEY]).toEqual(saved);
    expect(await loadSettings(storage)).toEqual(saved);
  });

  it('saves the mentor’s languages next to the mentee language', async () => {
    const storage = fakeStorage({ [SETTINGS_STORAGE_KEY]: { version: 1, menteeLanguage: 'ar' } });
    const saved = await saveSettings(storage, { mentorLanguages: ['ar', 'sv'] });
    expect(saved).toEqual({ version: 2, menteeLanguage: 'ar', mentorLanguages: ['sv', 'ar'] });
    expect(await loadSettings(storage)).toEqual(saved);
  });

  it('refuses to save an invalid value and leaves storage untouched', async () => {
    const storage = fakeStorage({ [SETTINGS_STORAGE_KEY]: { version: 1, menteeLanguage: 'ar' } });
    await expect(
      saveSettings(storage, { menteeLanguage: 'xx' as unknown as 'ar' }),
    ).rejects.toThrow();
    expect(storage.items[SETTINGS_STORAGE_KEY]).toEqual({ version: 1, menteeLanguage: 'ar' });
    await expect(
      saveSettings(storage, { mentorLanguages: 'sv' as unknown as ['sv'] }),
    ).rejects.toThrow();
  });
});
