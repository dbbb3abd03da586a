// The coordinator token: from MENTORKIT_COORDINATOR_TOKEN, or generated on first start and kept
// in the data folder (readable by its owner only). Compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN_FILE = 'coordinator-token';
/** Shorter tokens can be guessed; the generated ones have 192 bits. */
export const MIN_TOKEN_LENGTH = 24;
/**
 * A token from the environment is refused below this many bits, estimated from how often each
 * character occurs (Shannon): `aaaa…` and `password1234password1234` are long and weak.
 */
export const MIN_TOKEN_BITS = 85;

export interface CoordinatorToken {
  token: string;
  source: 'environment' | 'generated' | 'file';
  /** Where the token is kept, for a generated or stored one. */
  path?: string;
}

export function resolveCoordinatorToken(
  dataDir: string,
  fromEnvironment: string | undefined,
): CoordinatorToken {
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const token = fromEnvironment.trim();
    if (token.length < MIN_TOKEN_LENGTH || estimatedBits(token) < MIN_TOKEN_BITS) {
      throw new Error(
        `MENTORKIT_COORDINATOR_TOKEN is too easy to guess: use at least ${MIN_TOKEN_LENGTH} ` +
          'random characters (for example `openssl rand -base64 32`), or leave it unset and ' +
          'the server generates one.',
      );
    }
    return { token, source: 'environment' };
  }
  const path = join(dataDir, TOKEN_FILE);
  if (existsSync(path)) {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored.length >= MIN_TOKEN_LENGTH) return { token: stored, source: 'file', path };
  }
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { token, source: 'generated', path };
}

/** The token's length times the entropy of its character frequencies, in bits. */
export function estimatedBits(token: string): number {
  const counts = new Map<string, number>();
  for (const character of token) counts.set(character, (counts.get(character) ?? 0) + 1);
  let perCharacter = 0;
  for (const count of counts.values()) {
    const share = count / token.length;
    perCharacter -= share * Math.log2(share);
  }
  return perCharacter * token.length;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `given` equals the secret `expected`. Both sides are hashed first, so the comparison
 * takes the same time whatever the length or content; an empty `given` never matches.
 */
export function sameSecret(given: string, expected: string): boolean {
  const equal = timingSafeEqual(digest(given), digest(expected));
  return equal && given !== '';
}

/** The token of an `Authorization: Bearer …` header, or '' when there is none. */
export function bearerToken(header: string | undefined): string {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
}

/** Whether an `Authorization` header carries `expected` as a Bearer token (constant time). */
export function hasBearerToken(header: string | undefined, expected: string): boolean {
  return sameSecret(bearerToken(header), expected);
}
