// scoreMatch: how well a mentor and a mentee fit, as a score in 0..1 and the reasons behind it.
// Deterministic and explainable: each reason has a value in 0..1 (how well that aspect fits),
// the weight the programme gives it, and its contribution to the score
// (weight × value / sum of weights). The contributions add up to the score.
import { LANGUAGE_LEVELS, type LanguageLevel } from '../schemas/common.ts';
import type { AvailabilitySlot, CandidateLanguage, MatchCandidate } from './candidate.ts';
import { resolveWeights, type MatchWeights, type ReasonKind } from './weights.ts';

export interface MatchReason {
  kind: ReasonKind;
  /** A short English explanation, for logs and exports; widgets localise from kind and details. */
  label: string;
  weight: number;
  /** How well this aspect fits, 0..1. */
  value: number;
  /** This reason's share of the score, 0..1. */
  contribution: number;
  /** What the reason is about: shared language codes, covered goals, the region… */
  details: string[];
}

export interface MatchScore {
  score: number;
  /** Reasons with a weight above zero, largest contribution first. */
  reasons: MatchReason[];
}

/** Same municipality counts fully; the same region without the same municipality, this much. */
export const SAME_REGION_VALUE = 0.6;
/** Related professions (same ISCO-08 sub-major group) count this much of the same profession. */
export const RELATED_PROFESSION_VALUE = 0.5;

const normalise = (text: string | undefined) => (text ?? '').trim().toLocaleLowerCase('sv');

const levelRank = (level: LanguageLevel) => LANGUAGE_LEVELS.indexOf(level) + 1;

function professionFit(mentor: MatchCandidate, mentee: MatchCandidate): [number, string[]] {
  const sameTitle =
    normalise(mentor.profession) !== '' &&
    normalise(mentor.profession) === normalise(mentee.profession);
  if (
    sameTitle ||
    (mentor.iscoCode && mentor.iscoCode.length === 4 && mentor.iscoCode === mentee.iscoCode)
  ) {
    return [1, [mentor.profession]];
  }
  if (
    mentor.iscoCode &&
    mentee.iscoCode &&
    mentor.iscoCode.slice(0, 2) === mentee.iscoCode.slice(0, 2)
  ) {
    return [RELATED_PROFESSION_VALUE, [mentor.profession, mentee.profession]];
  }
  return [0, []];
}

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

/** Overlap of the time slots both can meet, as a share of all slots either named (Jaccard). */
function availabilityFit(mentor: MatchCandidate, mentee: MatchCandidate): [number, string[]] {
  const mentorSlots = new Set<AvailabilitySlot>(mentor.availability);
  const menteeSlots = new Set<AvailabilitySlot>(mentee.availability);
  const union = new Set([...mentorSlots, ...menteeSlots]);
  if (union.size === 0) return [0, []];
  const both = [...mentorSlots].filter((slot) => menteeSlots.has(slot)).sort();
  return [both.length / union.size, both];
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

const LABELS: Record<ReasonKind, (details: string[], value: number) => string> = {
  profession: (d, v) =>
    v === 1
      ? `Same profession: ${d[0]}`
      : v > 0
        ? `Related professions: ${d.join(' / ')}`
        : 'Different professions',
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
): MatchScore {
  const resolved = resolveWeights(weights);
  const fits: Record<ReasonKind, [number, string[]]> = {
    profession: professionFit(mentor, mentee),
    industry: industryFit(mentor, mentee),
    language: languageFit(mentor, mentee),
    region: regionFit(mentor, mentee),
    goals: goalsFit(mentor, mentee),
    availability: availabilityFit(mentor, mentee),
    capacity: capacityFit(mentor),
  };
  const totalWeight = Object.values(resolved).reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) return { score: 0, reasons: [] };

  const reasons: MatchReason[] = [];
  for (const kind of Object.keys(fits) as ReasonKind[]) {
    const weight = resolved[kind];
    if (weight === 0) continue;
    const [value, details] = fits[kind];
    reasons.push({
      kind,
      label: LABELS[kind](details, value),
      weight,
      value,
      contribution: (weight * value) / totalWeight,
      details,
    });
  }
  // Summing in a fixed order keeps the score bit-for-bit deterministic.
  const score = Math.min(
    1,
    reasons.reduce((sum, reason) => sum + reason.contribution, 0),
  );
  reasons.sort((a, b) => b.contribution - a.contribution || compareCodeUnits(a.kind, b.kind));
  return { score, reasons };
}
