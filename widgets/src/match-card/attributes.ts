/**
 * The card's attributes as the element reads them: audience, layout and time zone, each with
 * a safe reading of any value a page may set. Part of the card's entry; the view model and the
 * templates (render-card.ts) load after.
 */

export const MATCH_AUDIENCES = ['public', 'participant', 'coordinator'] as const;
export type MatchAudience = (typeof MATCH_AUDIENCES)[number];

export const MATCH_LAYOUTS = ['full', 'compact'] as const;
export type MatchLayout = (typeof MATCH_LAYOUTS)[number];

/**
 * The audience from the attribute: none means `participant` (the default); a value we do not
 * know means `public`, so that a typo hides names rather than shows them (fail closed).
 */
export function parseAudience(value: string | null | undefined): MatchAudience {
  if (value === null || value === undefined || value === '') return 'participant';
  return (MATCH_AUDIENCES as readonly string[]).includes(value)
    ? (value as MatchAudience)
    : 'public';
}

/** The layout from the attribute; anything but `compact` is `full`. */
export function parseLayout(value: string | null | undefined): MatchLayout {
  return value === 'compact' ? 'compact' : 'full';
}

/** Whether `timeZone` is an IANA zone this browser knows (an unknown one makes `Intl` throw). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
