// The score of scoreMatch as one number, for ranking many candidates against one person:
// everything about that person and the weights is prepared once, and each candidate costs a
// few comparisons and no allocation (no labels, details or reasons; rankCandidates asks
// scoreMatch for those of the ones it returns). It must give scoreMatch's score bit for bit:
// the values below are scoreMatch's, and the contributions are added in the same order
// (rank-candidates.property.test.ts checks this against the old ranking over random inputs).
import { LANGUAGE_LEVELS } from '../schemas/common.ts';
import type { MatchCandidate } from './candidate.ts';
import { normalise } from './normalise.ts';
import { LEVEL_BY_DIGITS, iscoCodes, sharedDigits } from './occupation-codes.ts';
import { OCCUPATION_LEVEL_VALUE, type OccupationLevel } from './occupation-fit.ts';
import { CONVERSATIONAL_LEVEL, SAME_REGION_VALUE } from './score-match.ts';
import {
  DEFAULT_MATCH_WEIGHTS,
  resolveWeights,
  type MatchWeights,
  type ReasonKind,
} from './weights.ts';

/** The reasons in the order scoreMatch adds their contributions (the weights' order). */
const KINDS = Object.keys(DEFAULT_MATCH_WEIGHTS) as ReasonKind[];

const LEVEL_RANK = new Map<string, number>(LANGUAGE_LEVELS.map((level, i) => [level, i + 1]));
const levelRank = (level: string) => LEVEL_RANK.get(level) ?? 0;
const CONVERSATIONAL_RANK = levelRank(CONVERSATIONAL_LEVEL);

/** The highest level per language code (a person may list a code twice). */
function languageRanks(person: MatchCandidate): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const { code, level } of person.languages) {
    ranks.set(code, Math.max(ranks.get(code) ?? 0, levelRank(level)));
  }
  return ranks;
}

/** The distinct members of `items` in `set` (both small: goals, slots). */
function distinctIn<T>(items: readonly T[], set: ReadonlySet<T>): number {
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (set.has(item) && items.indexOf(item) === i) count++;
  }
  return count;
}

function distinct<T>(items: readonly T[]): number {
  let count = 0;
  for (let i = 0; i < items.length; i++) if (items.indexOf(items[i] as T) === i) count++;
  return count;
}

/**
 * Prepares `person` and `weights` (resolved: an unknown or negative weight throws here) and
 * returns the score of `person` with any candidate of the other role, equal to
 * `scoreMatch(mentor, mentee, weights).score`.
 */
export function prepareMatchValue(
  person: MatchCandidate,
  weights?: Partial<MatchWeights>,
): (candidate: MatchCandidate) => number {
  const resolved = resolveWeights(weights);
  const totalWeight = Object.values(resolved).reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) return () => 0;
  const weighted = KINDS.filter((kind) => resolved[kind] !== 0);
  const uses = (kind: ReasonKind) => weighted.includes(kind);

  const isMentor = person.role === 'mentor';
  const profession = normalise(person.profession);
  const industry = normalise(person.industry);
  const region = normalise(person.region);
  const municipality = normalise(person.municipality);
  const titleId = person.occupation?.titleId;
  const ssyk = person.occupation?.ssyk;
  const isco = iscoCodes(person);
  const ranks = languageRanks(person);
  const goals = new Set(person.goals);
  const goalCount = goals.size;
  const slots = new Set(person.availability);
  const slotCount = slots.size;
  const modes = person.meetingModes ?? [];

  function occupationLevel(other: MatchCandidate): OccupationLevel {
    const sameText = () => profession !== '' && profession === normalise(other.profession);
    const otherOccupation = other.occupation;
    if (titleId && titleId === otherOccupation?.titleId) return 'title';
    let digits: number | undefined;
    if (ssyk && otherOccupation?.ssyk) {
      digits = sharedDigits(ssyk, otherOccupation.ssyk);
    } else {
      const otherIsco = iscoCodes(other);
      if (isco.length > 0 && otherIsco.length > 0) {
        digits = 0;
        for (const x of isco)
          for (const y of otherIsco) digits = Math.max(digits, sharedDigits(x, y));
      }
    }
    if (digits === undefined) return sameText() ? 'same-text' : 'none';
    const level = LEVEL_BY_DIGITS[digits] ?? 'none';
    return level === 'unit' && sameText() ? 'title' : level;
  }

  function regionValue(other: MatchCandidate): number {
    if (municipality !== '' && municipality === normalise(other.municipality)) return 1;
    if (region !== '' && region === normalise(other.region)) return SAME_REGION_VALUE;
    return 0;
  }

  function languageValue(other: MatchCandidate): number {
    let best = 0;
    for (const { code, level } of other.languages) {
      const rank = ranks.get(code);
      if (rank !== undefined) best = Math.max(best, Math.min(rank, levelRank(level)));
    }
    return Math.min(best, CONVERSATIONAL_RANK) / CONVERSATIONAL_RANK;
  }

  /** The share of the mentee's distinct goals that the mentor's cover (1 when none). */
  function goalsValue(other: MatchCandidate): number {
    const wanted = isMentor ? distinct(other.goals) : goalCount;
    if (wanted === 0) return 1;
    return distinctIn(other.goals, goals) / wanted;
  }

  function availabilityValue(other: MatchCandidate, sameRegion: boolean): number {
    const both = distinctIn(other.availability, slots);
    const union = slotCount + distinct(other.availability) - both;
    const slotFit = union === 0 ? 0 : both / union;
    const otherModes = other.meetingModes;
    if (modes.length === 0 || !otherModes?.length) return slotFit;
    const common = modes.some(
      (mode) => otherModes.includes(mode) && (mode !== 'in-person' || sameRegion),
    );
    return (slotFit + (common ? 1 : 0)) / 2;
  }

  function capacityValue(other: MatchCandidate): number {
    const capacity = (isMentor ? person : other).capacity;
    return !capacity || capacity.max - capacity.active > 0 ? 1 : 0;
  }

  const needsRegion = uses('region') || uses('availability');
  return (other) => {
    const sameRegionValue = needsRegion ? regionValue(other) : 0;
    let sum = 0;
    for (const kind of weighted) {
      let value: number;
      switch (kind) {
        case 'profession':
          value = OCCUPATION_LEVEL_VALUE[occupationLevel(other)];
          break;
        case 'industry':
          value = industry !== '' && industry === normalise(other.industry) ? 1 : 0;
          break;
        case 'language':
          value = languageValue(other);
          break;
        case 'region':
          value = sameRegionValue;
          break;
        case 'goals':
          value = goalsValue(other);
          break;
        case 'availability':
          value = availabilityValue(other, sameRegionValue > 0);
          break;
        case 'capacity':
          value = capacityValue(other);
          break;
      }
      sum += (resolved[kind] * value) / totalWeight;
    }
    return Math.min(1, sum);
  };
}
