/**
 * The saved draft: what the person typed, kept in `localStorage` (or `sessionStorage`) as they
 * type so that a reload, a crash or a failed network loses nothing, and removed when the server
 * has confirmed the signup or when it is older than the form allows (default 7 days: a shared
 * computer must not keep a person's details for ever). The honeypot and the most sensitive
 * optional fields (phone, country of birth, mother tongue) are never part of it. Its id is the
 * submission's `draftId` and `Idempotency-Key`, so a retry after a reload is the same signup.
 */
import { CONSENT_PATH } from './field-paths.ts';
import { OPTIONAL_PATHS } from './fields.ts';
import type { FieldValue, FormValues } from './form-values.ts';

export interface Draft {
  readonly version: 1;
  readonly draftId: string;
  /** When the person began, in epoch ms: the minimum fill time counts from here. */
  readonly startedAt: number;
  /** When it was last saved, in epoch ms: it expires this long after (a draft without: at once). */
  readonly savedAt: number;
  readonly values: FormValues;
}

/**
 * Never kept in a draft: the optional fields (phone, country of birth, mother tongue: the most
 * sensitive), asked again after a reload rather than left on the device, and the consent tick (consent is given anew each time).
 */
export const UNSAVED_DRAFT_PATHS: ReadonlySet<string> = new Set([
  CONSENT_PATH,
  ...Object.values(OPTIONAL_PATHS),
]);

/** How long a draft is kept by default: 7 days. */
export const DEFAULT_DRAFT_DAYS = 7;
const DAY_MS = 86_400_000;

/** The part of `Storage` a draft needs (node tests pass a Map-backed one). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Drafts larger than this are not saved (a hostile paste must not fill the origin's quota). */
const MAX_DRAFT_CHARS = 200_000;

export function draftKey(kind: string, programme: string | undefined, id: string): string {
  return `mentorkit:signup-draft:${kind}:${programme ?? ''}:${id}`;
}

/** A random version-4 UUID, also where `crypto.randomUUID` is missing (insecure contexts). */
export function newDraftId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isFieldValue(value: unknown): value is FieldValue {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (!Array.isArray(value)) return false;
  return value.every(
    (item: unknown) =>
      typeof item === 'string' ||
      (typeof item === 'object' &&
        item !== null &&
        typeof (item as Record<string, unknown>)['code'] === 'string' &&
        typeof (item as Record<string, unknown>)['level'] === 'string'),
  );
}

/**
 * The draft under `key`, or `undefined` when there is none, it is unreadable, or it was saved
 * more than `days` days before `now` (then it is removed).
 */
export function loadDraft(
  storage: DraftStorage | undefined,
  key: string,
  now: number,
  days = DEFAULT_DRAFT_DAYS,
): Draft | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Draft> | null;
    if (
      parsed?.version !== 1 ||
      typeof parsed.draftId !== 'string' ||
      !UUID.test(parsed.draftId) ||
      typeof parsed.startedAt !== 'number' ||
      typeof parsed.values !== 'object' ||
      parsed.values === null
    ) {
      return undefined;
    }
    // Also when it has no savedAt (NaN): saved before drafts expired, it may hold a phone
    // number or a country of birth, which only drafts saved since leave out.
    const { savedAt } = parsed as Draft;
    if (!(now - savedAt <= days * DAY_MS)) {
      removeDraft(storage, key);
      return undefined;
    }
    const values = Object.fromEntries(
      Object.entries(parsed.values).filter(([, value]) => isFieldValue(value)),
    );
    return { version: 1, draftId: parsed.draftId, startedAt: parsed.startedAt, savedAt, values };
  } catch {
    return undefined;
  }
}

/** Saves `draft`; returns whether it was saved (storage may be full, disabled or absent). */
export function saveDraft(storage: DraftStorage | undefined, key: string, draft: Draft): boolean {
  try {
    const values = Object.fromEntries(
      Object.entries(draft.values).filter(([path]) => !UNSAVED_DRAFT_PATHS.has(path)),
    );
    const text = JSON.stringify({ ...draft, values });
    if (!storage || text.length > MAX_DRAFT_CHARS) return false;
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(storage: DraftStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage that throws (blocked by the browser's settings) has nothing of ours to remove.
  }
}

/**
 * `localStorage` (or `sessionStorage`, gone when the tab closes), or `undefined` where reading
 * it throws (sandboxed frames, blocked storage).
 */
export function browserStorage(session = false): DraftStorage | undefined {
  try {
    return session ? globalThis.sessionStorage : globalThis.localStorage;
  } catch {
    return undefined;
  }
}
