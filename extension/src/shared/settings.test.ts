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
    async get(key) {
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(changes) {
      Object.assign(items, structuredClone(changes));
    },
  };
}

describe('migrateSettings', () => {
  it('gives the defaults when nothing usable is stored', () => {
    for (const stored of [undefined, null, 'settings', 3, [], {}]) {
      expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
    expect(DEFAULT_SETTINGS).toEqual({ version: SETTINGS_VERSION, menteeLanguage: null });
  });

  it('keeps valid current settings as they are', () => {
    expect(migrateSettings({ version: 1, menteeLanguage: 'ti' })).toEqual({
      version: 1,
      menteeLanguage: 'ti',
    });
  });

  it('migrates unversioned settings (version 0) and keeps what they said', () => {
    expect(migrateSettings({ menteeLanguage: 'fa' })).toEqual({ version: 1, menteeLanguage: 'fa' });
  });

  it('replaces only the invalid field with its default and drops unknown fields', () => {
    expect(migrateSettings({ version: 1, menteeLanguage: 'klingon', theme: 'dark' })).toEqual({
      version: 1,
      menteeLanguage: null,
    });
  });

  it('reads settings from a newer build as far as today’s shape allows', () => {
    expect(migrateSettings({ version: 99, menteeLanguage: 'so', newField: true })).toEqual({
      version: 1,
      menteeLanguage: 'so',
    });
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
    expect(saved).toEqual({ version: SETTINGS_VERSION, menteeLanguage: 'uk' });
    expect(storage.items[SETTINGS_STORAGE_KEY]).toEqual(saved);
    expect(await loadSettings(storage)).toEqual(saved);
  });

  it('refuses to save an invalid value and leaves storage untouched', async () => {
    const storage = fakeStorage({ [SETTINGS_STORAGE_KEY]: { version: 1, menteeLanguage: 'ar' } });
    await expect(
      saveSettings(storage, { menteeLanguage: 'xx' as unknown as 'ar' }),
    ).rejects.toThrow();
    expect(storage.items[SETTINGS_STORAGE_KEY]).toEqual({ version: 1, menteeLanguage: 'ar' });
  });
});
