// scoreMatch: how well a mentor and a mentee fit, as a score in 0..1 and the reasons behind it.
// Deterministic and explainable: each reason has a value in 0..1 (how well that aspect fits),
// the weight the programme gives it, and its contribution to the score
// (weight × value / sum of weights). The contributions add up to the score.
import { LANGUAGE_LEVELS, type LanguageLevel } from '../schemas/common.ts';
import type { AvailabilitySlot } from '../schemas/vocabulary.ts';
import type { CandidateLanguage, MatchCandidate } from './candidate.ts';
import { normalise } from './normalise.ts';
import {
  OCCUPATION_LEVEL_VALUE,
  occupationFit,
  type OccupationFit,
  type OccupationLevel,
} from './occupation-fit.ts';
import { resolveWeights, type MatchWeights, type ReasonKind } from './weights.ts';

/**
 * The name of an occupation group by its code (SSYK 2012, or ISCO-08 where only that is
 * shared), for the reasons' labels. Core carries no classification data: the caller passes
 * the names (`groupNamesFor(index)` of @mentorkit/occupations), in the language it wants.
 */
export type OccupationGroupNames = (code: string, system: 'ssyk' | 'isco08') => string | undefined;

export interface ScoreOptions {
  groupNames?: OccupationGroupNames;
}

export interface MatchReason {
  kind: ReasonKind;
  /** A short English explanation, for logs and exports; widgets localise from kind and details. */
  label: string;
  weight: number;
  /** How well this aspect fits, 0..1. */
  value: number;
  /** This reason's share of the score, 0..1. */
  contribution: number;
  /**
   * What the reason is about: shared language codes, covered goals, the region… For the
   * profession: the shared group's code and name, or the profession's words.
   */
  details: string[];
  /** Profession only: how far up the classification the two meet, for a localised label. */
  occupationLevel?: OccupationLevel;
}

export interface MatchScore {
  score: number;
  /** Reasons with a weight above zero, largest contribution first. */
  reasons: MatchReason[];
}

/** Same municipality counts fully; the same region without the same municipality, this much. */
export const SAME_REGION_VALUE = 0.6;

const levelRank = (level: LanguageLevel) => LANGUAGE_LEVELS.indexOf(level) + 1;

function professionDetails(
  mentor: MatchCandidate,
  fit: OccupationFit,
  groupNames: OccupationGroupNames | undefined,
): string[] {
  if (fit.level === 'title' || fit.level === 'same-text') return [mentor.profession];
  if (!fit.code || !fit.system) return [];
  const name = groupNames?.(fit.code, fit.system);
  return name ? [fit.code, name] : [fit.code];
}

/** "2211 Specialist physicians", or "ISCO 7212" where only ISCO codes are known and no name. */
function groupLabel(details: string[], fit: OccupationFit): string {
  const [code, name] = details;
  return name ? `${code} ${name}` : fit.system === 'isco08' ? `ISCO ${code}` : `${code}`;
}

const PROFESSION_LABELS: Record<
  OccupationLevel,
  (details: string[], fit: OccupationFit) => string
> = {
  title: (d) => `Same occupation: ${d[0]}`,
  unit: (d, fit) => `Same occupation group: ${groupLabel(d, fit)}`,
  minor: (d, fit) => `Related occupations: ${groupLabel(d, fit)}`,
  'sub-major': (d, fit) => `Same occupational field: ${groupLabel(d, fit)}`,
  major: (d, fit) => `Same major occupation group: ${groupLabel(d, fit)}`,
  'same-text': (d) => `Same profession: ${d[0]}`,
  none: () => 'Different professions',
};

function industryFit(mentor: MatchCandidate, mentee: MatchCandidate): [number, string[]] {
  const same =
    normalise(mentor.industry) !== '' && normalise(mentor.industry) === normalise(mentee.industry);
  return same ? [1, [mentor.industry ?? '']] : [0, []];
}

/**
 * The level from which two people can talk freely in a language; a shared language at this
 * level or above fits fully, below it partly (A1 shared counts little).
 */
export const CONVERSATIONAL_LEVEL: LanguageLevel = 'B2';

/** The best shared language decides; a pair shares a language at the lower of their two levels. */
function languageFit(mentor: MatchCandidate, mentee: MatchCandidate): [number, string[]] {
  const menteeLevels = new Map<string, CandidateLanguage['level']>();
  for (const language of mentee.languages) {
    const known = menteeLevels.get(language.code);
    if (!known || levelRank(language.level) > levelRank(known))
      menteeLevels.set(language.code, language.level);
  }
  let best = 0;
  const shared = new Set<string>();
  for (const language of mentor.languages) {
    const menteeLevel = menteeLevels.get(language.code);
    if (!menteeLevel) continue;
    shared.add(language.code);
    const common = Math.min(levelRank(language.level), levelRank(menteeLevel));
    const conversational = levelRank(CONVERSATIONAL_LEVEL);
    best = Math.max(best, Math.min(common, conversational) / conversational);
  }
  return [best, [...shared].sort()];
}

function regionFit(mentor: MatchCandidate, mentee: MatchCandidate): [number, string[]] {
  const municipality = normalise(mentor.municipality);
  if (municipality !== '' && municipality === normalise(mentee.municipality))
    return [1, [mentor.municipality ?? '']];
  const region = normalise(mentor.region);
  if (region !== '' && region === normalise(mentee.region))
    return [SAME_REGION_VALUE, [mentor.region ?? '']];
  return [0, []];
}

/** The share of the mentee's goals that the mentor's expertise covers (all, if none are asked). */
function goalsFit(mentor: MatchCandidate, mentee: MatchCandidate): [number, string[]] {
  const wanted = new Set(mentee.goals);
  if (wanted.size === 0) return [1, []];
  const covered = mentor.goals.filter((goal) => wanted.has(goal));
  const unique = [...new Set(covered)].sort();
  return [unique.length / wanted.size, unique];
}

/**
 * Overlap of the time slots both can meet, as a share of all slots either named (Jaccard). When
 * both said how they can meet (in person, remote), that counts as much as when: no common way
 * halves the fit, since two people free on the same evenings still cannot meet. Meeting in
 * person needs the same region; two people who both only meet in person in different regions
 * have no common way.
 */
function availabilityFit(
  mentor: MatchCandidate,
  mentee: MatchCandidate,
  sameRegion: boolean,
): [number, string[]] {
  const mentorSlots = new Set<AvailabilitySlot>(mentor.availability);
  const menteeSlots = new Set<AvailabilitySlot>(mentee.availability);
  const union = new Set([...mentorSlots, ...menteeSlots]);
  const both = [...mentorSlots].filter((slot) => menteeSlots.has(slot)).sort();
  const slotFit = union.size === 0 ? 0 : both.length / union.size;
  if (!mentor.meetingModes?.length || !mentee.meetingModes?.length) return [slotFit, both];
  const modes = mentor.meetingModes
    .filter((mode) => mentee.meetingModes?.includes(mode) && (mode !== 'in-person' || sameRegion))
    .sort();
  return [(slotFit + (modes.length > 0 ? 1 : 0)) / 2, [...both, ...modes]];
}

/** A mentor without stated capacity is taken to have room. */
function capacityFit(mentor: MatchCandidate): [number, string[]] {
  if (!mentor.capacity) return [1, []];
  const free = Math.max(0, mentor.capacity.max - mentor.capacity.active);
  return [free > 0 ? 1 : 0, [`${free}`]];
}

/**
 * Orders ties by UTF-16 code units. Not `localeCompare`: its order follows the runtime's
 * default locale, so the same input could rank differently on two machines.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hasCapacity(mentor: MatchCandidate): boolean {
  return capacityFit(mentor)[0] > 0;
}

const LABELS: Record<
  Exclude<ReasonKind, 'profession'>,
  (details: string[], value: number) => string
> = {
  industry: (d, v) => (v > 0 ? `Same industry: ${d[0]}` : 'Different industries'),
  language: (d) => (d.length ? `Shared languages: ${d.join(', ')}` : 'No shared language'),
  region: (d, v) =>
    v === 1 ? `Same municipality: ${d[0]}` : v > 0 ? `Same region: ${d[0]}` : 'Different regions',
  goals: (d, v) =>
    d.length
      ? `Can help with: ${d.join(', ')}`
      : v === 1
        ? 'No particular goals asked'
        : 'Goals not covered',
  availability: (d) => (d.length ? `Both available: ${d.join(', ')}` : 'No common time'),
  capacity: (d, v) =>
    v > 0
      ? d.length
        ? `Room for ${d[0]} more mentee(s)`
        : 'Has room for a mentee'
      : 'Mentor is full',
};

export function scoreMatch(
  mentor: MatchCandidate,
  mentee: MatchCandidate,
  weights?: Partial<MatchWeights>,
  { groupNames }: ScoreOptions = {},
): MatchScore {
  const resolved = resolveWeights(weights);
  const occupation = occupationFit(mentor, mentee);
  const professionDetail = professionDetails(mentor, occupation, groupNames);
  const region = regionFit(mentor, mentee);
  const fits: Record<ReasonKind, [number, string[]]> = {
    profession: [OCCUPATION_LEVEL_VALUE[occupation.level], professionDetail],
    industry: industryFit(mentor, mentee),
    language: languageFit(mentor, mentee),
    region,
    goals: goalsFit(mentor, mentee),
    availability: availabilityFit(mentor, mentee, region[0] > 0),
    capacity: capacityFit(mentor),
  };
  const totalWeight = Object.values(resolved).reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) return { score: 0, reasons: [] };

  const reasons: MatchReason[] = [];
  for (const kind of Object.keys(fits) as ReasonKind[]) {
    const weight = resolved[kind];
    if (weight === 0) continue;
    const [value, details] = fits[kind];
    const reason: MatchReason = {
      kind,
      label:
        kind === 'profession'
          ? PROFESSION_LABELS[occupation.level](details, occupation)
          : LABELS[kind](details, value),
      weight,
      value,
      contribution: (weight * value) / totalWeight,
      details,
    };
    if (kind === 'profession') reason.occupationLevel = occupation.level;
    reasons.push(reason);
  }
  // Summing in a fixed order keeps the score bit-for-bit deterministic.
  const score = Math.min(
    1,
    reasons.reduce((sum, reason) => sum + reason.contribution, 0),
  );
  reasons.sort((a, b) => b.contribution - a.contribution || compareCodeUnits(a.kind, b.kind));
  return { score, reasons };
}
