/**
 * What `<mk-match-card>` shows of a match, decided before any rendering: pure functions, no
 * DOM, so that privacy by audience is settled (and unit-tested) in one place. A person's view
 * for the public audience is built without their name, initials, photo or contact details, so
 * a renderer cannot put them in the DOM by mistake: they are simply not there.
 */
import type {
  LanguageLevel,
  MatchOccupationGroup,
  MatchParticipant,
  MatchProfile,
  MentoringGoal,
} from '@mentorkit/core';
import type { MatchAudience } from './attributes.ts';

export type MatchRole = 'mentor' | 'mentee';

/** `sv-FI` and `sv` are the same language for a conversation: compare the primary subtag. */
export function languageKey(code: string): string {
  return (code.split('-')[0] ?? code).toLowerCase();
}

/** The languages both people speak, by primary subtag. */
export function sharedLanguageKeys(a: MatchParticipant, b: MatchParticipant): Set<string> {
  const theirs = new Set(b.languages.map((language) => languageKey(language.code)));
  return new Set(
    a.languages.map((language) => languageKey(language.code)).filter((key) => theirs.has(key)),
  );
}

/** The first word of a display name, for a first-name greeting. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/u)[0] ?? displayName;
}

export interface LanguageView {
  code: string;
  level: LanguageLevel;
  shared: boolean;
}

/** One person as the audience may see them. Optional fields are absent, not empty, when hidden. */
export interface PersonView {
  role: MatchRole;
  /** Absent for the public audience. */
  name?: string;
  initials?: string;
  avatarUrl?: string;
  /** Coordinator only. */
  email?: string;
  phone?: string;
  profession: string;
  industry: string;
  region: string;
  languages: LanguageView[];
  /** A mentee's goals, or a mentor's expertise. */
  topics: MentoringGoal[];
}

export function personView(
  role: MatchRole,
  person: MatchParticipant,
  other: MatchParticipant,
  audience: MatchAudience,
): PersonView {
  const shared = sharedLanguageKeys(person, other);
  const view: PersonView = {
    role,
    profession: person.profession,
    industry: person.industry,
    region: person.region,
    languages: person.languages.map(({ code, level }) => ({
      code,
      level,
      shared: shared.has(languageKey(code)),
    })),
    topics: [...((role === 'mentor' ? person.expertise : person.goals) ?? [])],
  };
  if (audience === 'public') return view;
  view.name = person.displayName;
  view.initials = person.initials;
  if (person.avatarUrl !== undefined) view.avatarUrl = person.avatarUrl;
  if (audience === 'coordinator') {
    if (person.email !== undefined) view.email = person.email;
    if (person.phone !== undefined) view.phone = person.phone;
  }
  return view;
}

export interface GoalCoverage {
  goal: MentoringGoal;
  covered: boolean;
}

/** Each of the mentee's goals, and whether the mentor's expertise covers it. */
export function goalCoverage(profile: MatchProfile): GoalCoverage[] {
  const expertise = new Set(profile.mentor.expertise ?? []);
  return [...new Set(profile.mentee.goals ?? [])].map((goal) => ({
    goal,
    covered: expertise.has(goal),
  }));
}

export interface MeetingProgress {
  held: number;
  /** Absent when the programme plans no fixed number. */
  planned?: number;
}

export function meetingProgress(profile: MatchProfile): MeetingProgress | undefined {
  const { meetingsHeld, plannedMeetings } = profile;
  if (plannedMeetings === undefined) {
    return meetingsHeld === undefined ? undefined : { held: meetingsHeld };
  }
  return { held: meetingsHeld ?? 0, planned: plannedMeetings };
}

type ReasonKind = MatchProfile['reasons'][number]['kind'];
/**
 * One reason. `title` is the backend's label for `other` (no kind to localise); `detail` is its
 * label for the known kinds, which scoreMatch writes in English with codes ("Shared languages:
 * sv") and a backend may fill from free text, so only coordinators see it. The others get the
 * localised kind and its weight; the people's sections show what the kinds refer to.
 */
export type ReasonView =
  | { kind: 'other'; weight: number; title: string }
  | {
      kind: Exclude<ReasonKind, 'other'>;
      weight: number;
      detail?: string;
      /** A profession reason: the occupation group both share, for every audience. */
      group?: MatchOccupationGroup;
    };

function reasonView(reason: MatchProfile['reasons'][number], audience: MatchAudience): ReasonView {
  const { kind, weight, label, occupationGroup } = reason;
  if (kind === 'other') return { kind, weight, title: label };
  const view: ReasonView =
    audience === 'coordinator' ? { kind, weight, detail: label } : { kind, weight };
  if (kind === 'profession' && occupationGroup) view.group = occupationGroup;
  return view;
}

/**
 * The group's name in the reader's language, with that language: Swedish for a Swedish reader,
 * English otherwise where the classification has it (it has no other languages), else Swedish.
 */
export function groupNameFor(
  group: MatchOccupationGroup,
  lang: string,
): { name: string; lang: 'sv' | 'en' } | undefined {
  const { sv, en } = group.names;
  if (lang !== 'sv' && en) return { name: en, lang: 'en' };
  if (sv) return { name: sv, lang: 'sv' };
  return en ? { name: en, lang: 'en' } : undefined;
}

/** Everything the card renders, for one audience. */
export interface MatchView {
  id: string;
  audience: MatchAudience;
  mentor: PersonView;
  mentee: PersonView;
  /** Participant and coordinator. */
  status?: MatchProfile['status'];
  /** Coordinator only. */
  score?: number;
  reasons: ReasonView[];
  goals: GoalCoverage[];
  meetings?: MeetingProgress;
  /** Participant and coordinator. */
  nextMeeting?: string;
  startedAt?: string;
}

export function matchView(profile: MatchProfile, audience: MatchAudience): MatchView {
  const view: MatchView = {
    id: profile.id,
    audience,
    mentor: personView('mentor', profile.mentor, profile.mentee, audience),
    mentee: personView('mentee', profile.mentee, profile.mentor, audience),
    reasons: profile.reasons.map((reason) => reasonView(reason, audience)),
    goals: goalCoverage(profile),
  };
  const meetings = meetingProgress(profile);
  if (meetings) view.meetings = meetings;
  if (audience === 'public') return view;
  view.status = profile.status;
  if (profile.nextMeeting !== undefined) view.nextMeeting = profile.nextMeeting;
  if (profile.startedAt !== undefined) view.startedAt = profile.startedAt;
  if (audience === 'coordinator' && profile.score !== undefined) view.score = profile.score;
  return view;
}
