// The mentor's settings in storage.local: typed, with defaults, and versioned so that a later
// shape can be reached from any earlier one by step-by-step migrations (Refined GitHub's habit).
import * as z from 'zod/mini';
import { MENTEE_LANGUAGE_CODES, MENTOR_LANGUAGE_CODES } from './languages.ts';

export const SETTINGS_STORAGE_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** The language lookups translate into; null until the mentor chooses one. */
  menteeLanguage: z.nullable(z.enum(MENTEE_LANGUAGE_CODES)),
  /**
   * The languages the mentor speaks, once each, in MENTOR_LANGUAGE_CODES order. A code this build
   * does not know (say, from a newer build) is dropped on its own rather than losing the list.
   */
  mentorLanguages: z.pipe(
    z.array(z.unknown()),
    z.transform((codes) => MENTOR_LANGUAGE_CODES.filter((code) => codes.includes(code))),
  ),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  menteeLanguage: null,
  mentorLanguages: [],
});

type StoredObject = Record<string, unknown>;

/**
 * MIGRATIONS[n] turns version n into version n + 1. Version 0 is anything stored without a
 * version number (hand-edited storage, or a build from before settings were versioned).
 */
const MIGRATIONS: ReadonlyArray<(stored: StoredObject) => StoredObject> = [
  (stored) => ({ ...stored, version: 1 }),
  // 1 → 2 adds the mentor's languages: none said yet.
  (stored) => ({ ...stored, mentorLanguages: [], version: 2 }),
];

/**
 * Turns whatever is stored into valid current settings: migrates older versions, and replaces
 * each field that is missing or invalid with its default, so one bad field never loses the rest.
 */
export function migrateSettings(stored: unknown): Settings {
  if (!isObject(stored)) return withDefaults({});
  let current: StoredObject = stored;
  let version = typeof current.version === 'number' ? current.version : 0;
  if (!Number.isInteger(version) || version < 0 || version > SETTINGS_VERSION) {
    // From a newer build (or nonsense): keep what still fits today's shape.
    version = SETTINGS_VERSION;
  }
  for (; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from settings version ${version}`);
    current = step(current);
  }
  return withDefaults({ ...current, version: SETTINGS_VERSION });
}

/** Always builds a new object (and new arrays), so a caller never mutates DEFAULT_SETTINGS. */
function withDefaults(candidate: StoredObject): Settings {
  const settings: StoredObject = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(candidate[key]);
    if (field.success) settings[key] = field.data;
  }
  return settingsSchema.parse(settings);
}

function isObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The part of `storage.local` we use; a fake in tests. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  const items = await storage.get(SETTINGS_STORAGE_KEY);
  return migrateSettings(items[SETTINGS_STORAGE_KEY]);
}

/** Validates the change, then writes the whole settings object at the current version. */
export async function saveSettings(
  storage: SettingsStorage,
  change: Partial<Omit<Settings, 'version'>>,
): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings(storage)), ...change });
  await storage.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
}
