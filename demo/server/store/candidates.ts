// From a signup to what matching needs (MatchCandidate), and from a match to what
// <mk-match-card> shows (MatchProfile) for each audience.
import {
  AVAILABILITY_SLOTS,
  MENTORING_GOALS,
  type AvailabilitySlot,
  type MatchCandidate,
  type MatchOccupationGroup,
  type MatchParticipant,
  type MatchProfile,
  type MatchScore,
  type MentoringGoal,
  type MatchProfileReason,
} from '@mentorkit/core';
import type { MatchRole } from './match-history.ts';
import type { StoredMatch } from './matches.ts';
import type { StoredSignup } from './signups.ts';

/**
 * A mentor's capacity when neither the signup nor a programme says: the signup form's default
 * (a mentor who leaves the field as it is takes one mentee). Older signups may say it as
 * answer `capacity`; a programme may set its own default (its `capacity_default`).
 */
export const DEFAULT_MENTOR_CAPACITY = 1;

/** The capacity default of the signup's programme (`defaults` by programme id), or ours. */
export function capacityDefaultOf(
  signup: StoredSignup,
  defaults: ReadonlyMap<string, number>,
): number {
  return (signup.programmeId && defaults.get(signup.programmeId)) || DEFAULT_MENTOR_CAPACITY;
}

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

/** What a mentor can help with: the form's choice, or an older signup's answer. */
function expertiseOf(signup: StoredSignup): MentoringGoal[] {
  const { submission } = signup;
  if (submission.kind !== 'mentor') return [];
  return submission.profile.expertise ?? goalsFrom(submission.answers.expertise);
}

/**
 * How many mentees a mentor takes: the form's field, an older signup's answer, or the default
 * (their programme's, `capacityDefaultOf`).
 */
export function mentorCapacity(
  signup: StoredSignup,
  capacityDefault = DEFAULT_MENTOR_CAPACITY,
): number {
  const { submission } = signup;
  if (submission.kind !== 'mentor') return 0;
  if (submission.profile.capacity !== undefined) return submission.profile.capacity;
  const answer = Number(submission.answers.capacity);
  return Number.isInteger(answer) && answer >= 0 && answer <= 50 ? answer : capacityDefault;
}

/** The codes matching compares; none for an unclassified signup (matching reads the words). */
function occupationOf(signup: StoredSignup): MatchCandidate['occupation'] {
  const occupation = signup.submission.profile.occupation;
  if (!occupation?.ssyk && !occupation?.isco08?.length) return undefined;
  return {
    ...(occupation.titleId ? { titleId: occupation.titleId } : {}),
    ...(occupation.ssyk ? { ssyk: occupation.ssyk } : {}),
    ...(occupation.isco08?.length ? { isco08: [...occupation.isco08] } : {}),
  };
}

/** What matching knows about a signup: no name, no contact details. */
export function toCandidate(
  signup: StoredSignup,
  openMatches = 0,
  capacityDefault = DEFAULT_MENTOR_CAPACITY,
): MatchCandidate {
  const { submission } = signup;
  const { profile } = submission;
  const languages = profile.languages
    .map((language) => ({
      code: language.code.split('-')[0]!.toLowerCase(),
      level: language.level,
    }))
    .filter((language) => /^[a-z]{2,3}$/.test(language.code));
  const occupation = occupationOf(signup);
  const base = {
    id: signup.id,
    profession: profile.profession,
    ...(occupation ? { occupation } : {}),
    languages,
    region: profile.region,
    // The form's choices; the words of an older signup otherwise.
    availability: profile.availabilitySlots ?? availabilitySlots(profile.availability),
    ...(profile.meetingModes ? { meetingModes: profile.meetingModes } : {}),
  };
  if (submission.kind === 'mentor') {
    return {
      ...base,
      role: 'mentor',
      industry: submission.profile.industry,
      goals: expertiseOf(signup),
      capacity: {
        max: Math.min(mentorCapacity(signup, capacityDefault), 50),
        active: Math.min(openMatches, 50),
      },
    };
  }
  return {
    ...base,
    role: 'mentee',
    industry: submission.profile.desiredField,
    goals: submission.profile.goals,
  };
}

/**
 * scoreMatch's reasons in the contract's shape: the weight is the share of the score. The
 * profession reason carries the occupation group both share, when known (the card names it in
 * its reader's language).
 */
export function toProfileReasons(
  score: MatchScore,
  occupationGroup?: MatchOccupationGroup,
): MatchProfileReason[] {
  return score.reasons.map((reason) => {
    const shared =
      reason.kind === 'profession' && occupationGroup && reason.occupationLevel !== 'none';
    return {
      kind: reason.kind,
      label: reason.label.slice(0, 200),
      weight: Math.min(1, Math.max(0, Number(reason.contribution.toFixed(4)))),
      ...(shared ? { occupationGroup } : {}),
    };
  });
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
      : { expertise: expertiseOf(signup) }),
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
