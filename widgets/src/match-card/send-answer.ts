/**
 * Sends a participant's answer to where their profile says (`actions.accept` / `actions.decline`)
 * and reads back the match as it now is. In the card's lazy module: a page that only shows a
 * card never loads it. A failure of any kind rejects; the card offers Try again.
 */
import type { MatchProfile } from '@mentorkit/core';
import { validateProfile } from './validate-profile.ts';

/** How long an answer may take before the card says it failed (the person can try again). */
const ANSWER_TIMEOUT_MS = 15_000;

export async function sendAnswer(url: URL, body: { reason?: string }): Promise<MatchProfile> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    // No cookies: the link's token in the URL is the only key (the widgets set none).
    credentials: 'omit',
    signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`The answer was refused: ${response.status}`);
  return validateProfile(await response.json());
}
