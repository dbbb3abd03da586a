// Where the extension keeps the glossary: the bundled terms ship in the service worker's bundle,
// an organisation's imported packs live in storage.local under one key (PACKS_STORAGE_KEY). The
// index is built once per service-worker life and rebuilt when the packs change.
import * as z from 'zod/mini';
import type { GlossaryPack } from '@mentorkit/glossary';
import { GlossaryTermSchema } from '@mentorkit/core';
import { createLookupService, type LookupService } from './glossary.ts';

export const PACKS_STORAGE_KEY = 'glossaryPacks';

const packSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  importedAt: z.string(),
  terms: z.array(GlossaryTermSchema),
});

/** The part of storage.local the store uses; a fake in tests. */
export interface PackStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored packs; a pack that no longer validates is left out rather than breaking lookup. */
export async function loadPacks(storage: PackStorage): Promise<GlossaryPack[]> {
  const stored = (await storage.get(PACKS_STORAGE_KEY))[PACKS_STORAGE_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((raw: unknown) => {
    const pack = packSchema.safeParse(raw);
    return pack.success ? [pack.data] : [];
  });
}

export async function savePacks(
  storage: PackStorage,
  packs: readonly GlossaryPack[],
): Promise<void> {
  await storage.set({ [PACKS_STORAGE_KEY]: packs });
}

/** A glossary built lazily from storage, and again after `invalidate()`. */
export interface GlossaryStore {
  get(): Promise<LookupService>;
  invalidate(): void;
}

export function createGlossaryStore(storage: PackStorage): GlossaryStore {
  let current: Promise<LookupService> | undefined;
  return {
    get() {
      current ??= loadPacks(storage).then(
        (packs) => createLookupService(packs),
        (error: unknown) => {
          current = undefined;
          throw error;
        },
      );
      return current;
    },
    invalidate() {
      current = undefined;
    },
  };
}
