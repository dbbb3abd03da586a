// From a signup to what matching needs (MatchCandidate), and from a match to what
// <mk-match-card> shows (MatchProfile) for each audience.
import {
  AVAILABILITY_SLOTS,
  MENTORING_GOALS,
  type AvailabilitySlot,
  type MatchCandidate,
  type MatchParticipant,
  type MatchProfile,
  type MatchScore,
  type MentoringGoal,
  type MatchProfileReason,
} from '@mentorkit/core';
import type { MatchRole } from './match-history.ts';
import type { StoredMatch } from './matches.ts';
import type { StoredSignup } from './signups.ts';

/** A mentor's capacity when the signup does not say (answer `capacity`). */
export const DEFAULT_MENTOR_CAPACITY = 2;

/** Words in the free-text availability that name a slot (Swedish and English). */
const SLOT_WORDS: Record<AvailabilitySlot, RegExp> = {
  'weekday-daytime': /dag(tid)?|lunch|förmiddag|eftermiddag|daytime|morning|afternoon/i,
  'weekday-evening': /kväll|evening|after work|efter jobbet/i,
  weekend: /helg|lördag|söndag|weekend|saturday|sunday/i,
};

export function availabilitySlots(text: string): AvailabilitySlot[] {
  return AVAILABILITY_SLOTS.filter((slot) => SLOT_WORDS[slot].test(text));
}

function goalsFrom(value: unknown): MentoringGoal[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list
    .map((item) => String(item).trim())
    .filter((item): item is MentoringGoal => (MENTORING_GOALS as readonly string[]).includes(item));
}

/** What matching knows about a signup: no name, no contact details. */
export function toCandidate(signup: StoredSignup, openMatches = 0): MatchCandidate {
  const { submission } = signup;
  const languages = submission.profile.languages
    .map((language) => ({
      code: language.code.split('-')[0]!.toLowerCase(),
      level: language.level,
    }))
    .filter((language) => /^[a-z]{2,3}$/.test(language.code));
  const base = {
    id: signup.id,
    profession: submission.profile.profession,
    languages,
    region: submission.profile.region,
    availability: availabilitySlots(submission.profile.availability),
  };
  if (submission.kind === 'mentor') {
    const capacityAnswer = Number(submission.answers.capacity);
    const max =
      Number.isInteger(capacityAnswer) && capacityAnswer >= 0 && capacityAnswer <= 50
        ? capacityAnswer
        : DEFAULT_MENTOR_CAPACITY;
    return {
      ...base,
      role: 'mentor',
      industry: submission.profile.industry,
      goals: goalsFrom(submission.answers.expertise),
      capacity: { max, active: Math.min(openMatches, 50) },
    };
  }
  return {
    ...base,
    role: 'mentee',
    industry: submission.profile.desiredField,
    goals: submission.profile.goals,
  };
}

/** scoreMatch's reasons in the contract's shape: the weight is the share of the score. */
export function toProfileReasons(score: MatchScore): MatchProfileReason[] {
  return score.reasons.map((reason) => ({
    kind: reason.kind,
    label: reason.label.slice(0, 200),
    weight: Math.min(1, Math.max(0, Number(reason.contribution.toFixed(4)))),
  }));
}

export type MatchAudience = 'public' | 'participant' | 'coordinator';

function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]!.toUpperCase());
  return (letters.length > 1 ? letters[0]! + letters.at(-1)! : (letters[0] ?? '?')).slice(0, 3);
}

function participant(
  signup: StoredSignup,
  role: 'mentor' | 'mentee',
  audience: MatchAudience,
  withContact: boolean,
): MatchParticipant {
  const { submission } = signup;
  const profile = submission.profile;
  const shared = {
    profession: profile.profession,
    industry:
      submission.kind === 'mentor' ? submission.profile.industry : submission.profile.desiredField,
    region: profile.region,
    languages: profile.languages,
    ...(submission.kind === 'mentee'
      ? { goals: submission.profile.goals }
      : { expertise: goalsFrom(submission.answers.expertise) }),
  };
  if (audience === 'public') {
    // No names, no contact details, nothing that points at the person.
    const label = role === 'mentor' ? 'Mentor' : 'Mentee';
    return { displayName: label, initials: label[0]!, ...shared };
  }
  const firstName = submission.person.name.trim().split(/\s+/)[0] ?? submission.person.name;
  return {
    displayName: audience === 'coordinator' ? submission.person.name : firstName,
    initials: initialsOf(submission.person.name),
    ...shared,
    ...(withContact
      ? {
          email: submission.person.email,
          ...(submission.person.phone ? { phone: submission.person.phone } : {}),
        }
      : {}),
  };
}

/** Statuses in which the pair may reach each other: they both said yes. */
const CONTACT_STATUSES = new Set(['active', 'paused', 'completed']);

/**
 * Whose contact details `audience` gets: a coordinator everyone's; a participant only the other
 * person's, and only once both have accepted; the public no one's.
 */
function contactVisible(
  match: StoredMatch,
  audience: MatchAudience,
  viewer: MatchRole | undefined,
  role: MatchRole,
): boolean {
  if (audience === 'coordinator') return true;
  if (audience === 'public') return false;
  return viewer !== undefined && viewer !== role && CONTACT_STATUSES.has(match.status);
}

/** The MatchProfile of a stored match, with only what `audience` may see. */
export function toMatchProfile(
  match: StoredMatch,
  mentor: StoredSignup,
  mentee: StoredSignup,
  audience: MatchAudience,
  /** Whose link opened it (participant audience): they see the other's contact, not their own. */
  viewer?: MatchRole,
): MatchProfile {
  const profile: MatchProfile = {
    id: match.id,
    status: match.status,
    mentor: participant(
      mentor,
      'mentor',
      audience,
      contactVisible(match, audience, viewer, 'mentor'),
    ),
    mentee: participant(
      mentee,
      'mentee',
      audience,
      contactVisible(match, audience, viewer, 'mentee'),
    ),
    reasons: match.reasons,
  };
  if (audience !== 'public') {
    const acceptedBy: MatchRole[] = [];
    if (match.mentorAcceptedAt) acceptedBy.push('mentor');
    if (match.menteeAcceptedAt) acceptedBy.push('mentee');
    profile.acceptedBy = acceptedBy;
  }
  if (audience === 'participant' && viewer) profile.viewer = viewer;
  if (match.score !== undefined) profile.score = match.score;
  if (match.startedAt) profile.startedAt = match.startedAt;
  if (match.plannedMeetings !== undefined) profile.plannedMeetings = match.plannedMeetings;
  if (match.meetingsHeld !== undefined) profile.meetingsHeld = match.meetingsHeld;
  // When they meet next is between the pair and the coordinator.
  if (match.nextMeeting && audience !== 'public') profile.nextMeeting = match.nextMeeting;
  return profile;
}
