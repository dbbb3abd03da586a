// What the extension's Chromium benchmarks share: the build they load (BENCH_EXTENSION_DIR to
// bench another), closing their browser after the run, and skipping them, with a word why,
// when the extension is not built.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR } from '../support/extension.ts';
import type { Benchmark } from './benchmark.ts';

export const BENCH_EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR;

/** Closes a bench's Chromium, if it was launched, and deletes its profile. */
export async function closeBenchBrowser(
  launched: Promise<{ context: BrowserContext }> | undefined,
  userDataDir: string | undefined,
): Promise<void> {
  if (!launched) return;
  const { context } = await launched;
  await context.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
}

/** `benchmarks` when the extension is built; none, with a warning naming `file`, when not. */
export function whenExtensionBuilt(file: string, benchmarks: Benchmark[]): Benchmark[] {
  if (existsSync(join(BENCH_EXTENSION_DIR, 'manifest.json'))) return benchmarks;
  console.warn(
    `${file}: skipped, no built extension in ${BENCH_EXTENSION_DIR}. ` +
      'Run: npm run build -w @mentorkit/extension',
  );
  return [];
}
