// The weights of each reason for a match. A programme overrides any of them; a weight of zero
// removes that reason from the score and from the explanation.
//
// Why these defaults: the programmes this is built for (a union matching members with
// immigrant academics of the same profession; municipal workplace mentoring) say the same
// profession matters most, then what the mentee wants help with, then practical fit (region,
// time), then a shared language, which helps early on but is not required.
export type ReasonKind =
  'profession' | 'industry' | 'language' | 'region' | 'goals' | 'availability' | 'capacity';

export type MatchWeights = Record<ReasonKind, number>;

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  profession: 30,
  industry: 10,
  language: 15,
  region: 15,
  goals: 20,
  availability: 10,
  capacity: 5,
});

/** Fills the weights a programme did not give with the defaults; refuses negative or non-finite ones. */
export function resolveWeights(overrides: Partial<MatchWeights> = {}): MatchWeights {
  const weights = { ...DEFAULT_MATCH_WEIGHTS };
  for (const [kind, weight] of Object.entries(overrides) as [ReasonKind, number | undefined][]) {
    if (weight === undefined) continue;
    if (!(kind in weights)) throw new RangeError(`Unknown match reason "${kind}".`);
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`The weight of "${kind}" must be a number ≥ 0, not ${weight}.`);
    }
    weights[kind] = weight;
  }
  return weights;
}
