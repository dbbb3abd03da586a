/**
 * Example matches for the card's tests, benchmark and demo: one with everything filled in,
 * whose names, contact details and photo are distinctive strings that a test can search for.
 */
import type { MatchProfile } from '@mentorkit/core';

export const FULL_MATCH: MatchProfile = {
  id: 'match-2025-017',
  status: 'proposed',
  mentor: {
    displayName: 'Birgitta Lindqvist',
    initials: 'BL',
    profession: 'Svetsare',
    industry: 'Tillverkning',
    region: 'Värmland',
    languages: [
      { code: 'sv', level: 'native' },
      { code: 'en', level: 'B2' },
      { code: 'ar', level: 'A2' },
    ],
    expertise: ['network', 'workplace-culture', 'language-practice'],
    email: 'birgitta.lindqvist@example.se',
    phone: '070-123 45 67',
  },
  mentee: {
    displayName: 'Yonas Tesfay Gebremedhin',
    initials: 'YT',
    avatarUrl: 'https://example.org/photos/yonas-tesfay.jpg',
    profession: 'Svetsare',
    industry: 'Tillverkning',
    region: 'Värmland',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'ar', level: 'C1' },
      { code: 'sv', level: 'B1' },
    ],
    goals: ['network', 'cv', 'workplace-culture'],
    email: 'yonas.tesfay@example.org',
    phone: '+46 72 555 01 23',
  },
  score: 0.82,
  reasons: [
    {
      kind: 'profession',
      label: 'Same occupation group: 7212 Welders and flame cutters',
      weight: 0.3,
      occupationGroup: {
        code: '7212',
        names: { sv: 'Svetsare och gasskärare', en: 'Welders and flame cutters' },
      },
    },
    { kind: 'goals', label: 'Can help with: network, workplace-culture', weight: 0.13 },
    { kind: 'region', label: 'Same region: Värmland', weight: 0.15 },
    { kind: 'language', label: 'Shared languages: ar, sv', weight: 0.09 },
    { kind: 'other', label: 'Both like football', weight: 0.05 },
  ],
  startedAt: '2025-02-03T09:00:00+01:00',
  plannedMeetings: 10,
  meetingsHeld: 3,
  nextMeeting: '2025-03-14T16:30:00+01:00',
};

/** The strings that must never reach the DOM for the public audience. */
export const PRIVATE_STRINGS = [
  'Birgitta',
  'Lindqvist',
  'Yonas',
  'Tesfay',
  'Gebremedhin',
  'birgitta.lindqvist@example.se',
  'yonas.tesfay@example.org',
  '070-123 45 67',
  '0701234567',
  '+46 72 555 01 23',
  '+46725550123',
  'example.org/photos',
] as const;

/** Markup and script in text: rendered as text, never run. */
export const HOSTILE =
  '<img src=x onerror="window.__mkPwned=1"><script>window.__mkPwned=1</script>';

/** The full match with hostile text in every free-text field. */
export function hostileMatch(): MatchProfile {
  const person = (base: MatchProfile['mentor'], tag: string): MatchProfile['mentor'] => ({
    ...base,
    displayName: `${HOSTILE} ${tag}`,
    profession: `${HOSTILE} profession ${tag}`,
    industry: `${HOSTILE} industry ${tag}`,
    region: `${HOSTILE} region ${tag}`,
  });
  return {
    ...FULL_MATCH,
    mentor: person(FULL_MATCH.mentor, 'mentor'),
    mentee: person(FULL_MATCH.mentee, 'mentee'),
    reasons: [
      { kind: 'profession', label: `${HOSTILE} label`, weight: 0.3 },
      { kind: 'other', label: `${HOSTILE} other`, weight: 0.1 },
    ],
  };
}
