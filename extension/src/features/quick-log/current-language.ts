// The language of the mentee the popup's quick-log is on, for the glossary search beside it:
// its cards explain in that mentee's language (issue 18). One value per page, with listeners.
import type { MenteeLanguage } from '../../shared/languages.ts';

/** undefined: no quick-log on this page (the background then chooses). */
let current: MenteeLanguage | null | undefined;
const listeners = new Set<() => void>();

export function currentMenteeLanguage(): MenteeLanguage | null | undefined {
  return current;
}

export function setCurrentMenteeLanguage(language: MenteeLanguage | null): void {
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener();
}

export function onCurrentMenteeLanguage(listener: () => void, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}
