// The codes the coordinator API answers (match statuses, roles, meeting ways, repeat rules,
// training statuses, reasons), in the words this page shows. The page is English; the words are
// the people view's English catalogue and the match card's, so one code reads the same
// wherever a coordinator or a participant meets it (issue 19: no code on screen).
import type { MatchReasonKind } from '@mentorkit/core';
import { goalNameEn } from '@mentorkit/core/goal-words/en';
import { matchCardEn } from '../../widgets/src/match-card/locales/en.ts';
import { peopleEn } from './people/locales/en.ts';
import { personEn } from './people/locales/person-en.ts';
import { readRepeatRule } from './people/repeat-rule.ts';

export const matchStatusWords = (status: string): string => peopleEn.peopleMatchStatus({ status });

/** "mentor", "mentee": a role inside a sentence. */
export const roleWord = (role: 'mentor' | 'mentee'): string =>
  peopleEn.peopleRole({ role }).toLowerCase();

export const modeWords = (mode: string): string => peopleEn.peopleMode({ mode });

export const goalWords = (goal: string): string => goalNameEn({ goal });

// What a mentor logged in the extension (issue 18): the topics that are mentoring goals take
// core's goal names; the others, and the ways of meeting, the extension's English words
// (code-words.test.ts holds them to extension/_locales/en/messages.json).
const OTHER_TOPICS: Readonly<Record<string, string>> = {
  language: 'Language',
  'job-search': 'Job search',
  other: 'Other',
};
const SESSION_MODES: Readonly<Record<string, string>> = {
  video: 'Video',
  phone: 'Phone',
  'workplace-visit': 'Workplace visit',
  chat: 'Chat',
};

export const sessionTopicWords = (topic: string): string =>
  Object.hasOwn(OTHER_TOPICS, topic) ? OTHER_TOPICS[topic]! : goalWords(topic);

export const sessionModeWords = (mode: string): string =>
  Object.hasOwn(SESSION_MODES, mode) ? SESSION_MODES[mode]! : modeWords(mode);

export const trainingStatusWords = (status: string): string =>
  personEn.personTrainingStatus({ status });

/** FREQ=WEEKLY;COUNT=12 → "Repeats weekly, 12 times"; a rule the feeds do not expand: "Repeats". */
export function repeatWords(rrule: string): string {
  const rule = readRepeatRule(rrule);
  const words = peopleEn.peopleRepeat({ rule });
  return rule ? `Repeats ${words}` : words;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "sv" → "Swedish"; a code no name is known for stays as it is. */
export const languageWords = (code: string): string => languageNames.of(code) ?? code;

/** What each mail in the outbox is (the kinds demo/server queues). */
const MAIL_KINDS: Readonly<Record<string, string>> = {
  'signup-confirmation': 'confirmation of a signup',
  'signup-notice': 'notice of a new signup',
  'signup-digest': 'digest of new signups',
  'match-introduction': 'introduction to a match',
  'match-reminder': 'reminder of a proposed match',
  'meeting-reminder': 'reminder of a meeting',
  'follow-up': 'follow-up question',
  'coordinator-sign-in': 'sign-in link',
};

export const mailKindWords = (kind: string): string =>
  Object.hasOwn(MAIL_KINDS, kind) ? MAIL_KINDS[kind]! : 'mail';

/**
 * An occupation group by its name, without its code: "2211 Specialist physicians" →
 * "Specialist physicians", "Same occupation group: 2211 Specialist physicians" → "Same
 * occupation group: Specialist physicians" (the server's and the matching's labels). A group
 * known by its code alone keeps it: nothing else names it.
 */
export function groupWords(text: string): string {
  const words = text.replace(/(^|: )(?:ISCO )?\d{1,4}(?: |$)/, '$1').replace(/: $/, '');
  return words === '' ? text : words;
}

/** What a reason is about, in words, from its details (codes, or the people's own words). */
function aboutWords(kind: MatchReasonKind, details: readonly string[]): string[] {
  switch (kind) {
    case 'language':
      return details.map(languageWords);
    case 'goals':
      return details.map(goalWords);
    case 'availability':
      return details.map((code) =>
        code === 'in-person' || code === 'remote'
          ? modeWords(code)
          : peopleEn.peopleSlot({ slot: code }),
      );
    case 'capacity':
      return details.map((free) => `${free} more ${free === '1' ? 'mentee' : 'mentees'}`);
    default:
      // Region, municipality and industry are the people's own words.
      return details.slice(0, 1);
  }
}

export interface ReasonShown {
  kind: MatchReasonKind;
  /** The matching's English (with codes, for logs); a partner's own reason (`other`) is its label. */
  label: string;
  details?: readonly string[];
}

/**
 * A reason from the matching, in the match card's words for its kind and with what it is
 * about: "A shared language: Swedish, Arabic", "Times that suit both: Weekday evenings,
 * Remote"; the profession's is the matching's own, its group named without the code.
 */
export function reasonWords({ kind, label, details = [] }: ReasonShown): string {
  if (kind === 'other') return label;
  // The matching's words say how near the occupations are (same group, related, same field).
  if (kind === 'profession') return groupWords(label);
  const about = aboutWords(kind, details);
  const words = matchCardEn.matchReason({ kind });
  return about.length ? `${words}: ${about.join(', ')}` : words;
}
