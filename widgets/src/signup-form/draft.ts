/**
 * The saved draft: what the person typed, kept in `localStorage` as they type so that a
 * reload, a crash or a failed network loses nothing, and removed only when the server has
 * confirmed the signup. The honeypot is never part of it. Its id is the submission's
 * `draftId` and `Idempotency-Key`, so a retry after a reload is still the same signup.
 */
import type { FieldValue, FormValues } from './form-values.ts';

export interface Draft {
  readonly version: 1;
  readonly draftId: string;
  /** When the person began, in epoch ms: the minimum fill time counts from here. */
  readonly startedAt: number;
  readonly values: FormValues;
}

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

/** The draft under `key`, or `undefined` when there is none or it is unreadable. */
export function loadDraft(storage: DraftStorage | undefined, key: string): Draft | undefined {
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
    const values = Object.fromEntries(
      Object.entries(parsed.values).filter(([, value]) => isFieldValue(value)),
    );
    return { version: 1, draftId: parsed.draftId, startedAt: parsed.startedAt, values };
  } catch {
    return undefined;
  }
}

/** Saves `draft`; returns whether it was saved (storage may be full, disabled or absent). */
export function saveDraft(storage: DraftStorage | undefined, key: string, draft: Draft): boolean {
  try {
    const text = JSON.stringify(draft);
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

/** `localStorage`, or `undefined` where reading it throws (sandboxed frames, blocked storage). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
