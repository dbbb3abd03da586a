// A mentoring goal reads the same on every surface: the match card (all its languages), the
// signup form's choices and the coordinator's people view take the words from core's one
// goal-word catalogue. This failed when the people view said "Validating a degree" and the
// match card "Recognition of qualifications" for the same goal.
import { describe, expect, it } from 'vitest';
import { MENTORING_GOALS } from '@mentorkit/core';
import type { Locale } from '@mentorkit/core/i18n';
import * as core from '@mentorkit/core/goal-words';
import type { GoalWords } from '@mentorkit/core/goal-words';
import { matchCardSv } from '../../widgets/src/match-card/locales/sv.ts';
import { matchCardEn } from '../../widgets/src/match-card/locales/en.ts';
import { matchCardAr } from '../../widgets/src/match-card/locales/ar.ts';
import { matchCardFa } from '../../widgets/src/match-card/locales/fa.ts';
import { matchCardPrs } from '../../widgets/src/match-card/locales/prs.ts';
import { matchCardSo } from '../../widgets/src/match-card/locales/so.ts';
import { matchCardTi } from '../../widgets/src/match-card/locales/ti.ts';
import { matchCardUk } from '../../widgets/src/match-card/locales/uk.ts';
import { signupSv } from '../../widgets/src/signup-form/locales/sv.ts';
import { signupEn } from '../../widgets/src/signup-form/locales/en.ts';
import { signupAr } from '../../widgets/src/signup-form/locales/ar.ts';
import { signupFa } from '../../widgets/src/signup-form/locales/fa.ts';
import { signupPrs } from '../../widgets/src/signup-form/locales/prs.ts';
import { signupSo } from '../../widgets/src/signup-form/locales/so.ts';
import { signupTi } from '../../widgets/src/signup-form/locales/ti.ts';
import { signupUk } from '../../widgets/src/signup-form/locales/uk.ts';
import { signupMatchingSv } from '../../widgets/src/signup-form/matching-locales/sv.ts';
import { signupMatchingEn } from '../../widgets/src/signup-form/matching-locales/en.ts';
import { signupMatchingAr } from '../../widgets/src/signup-form/matching-locales/ar.ts';
import { signupMatchingFa } from '../../widgets/src/signup-form/matching-locales/fa.ts';
import { signupMatchingPrs } from '../../widgets/src/signup-form/matching-locales/prs.ts';
import { signupMatchingSo } from '../../widgets/src/signup-form/matching-locales/so.ts';
import { signupMatchingTi } from '../../widgets/src/signup-form/matching-locales/ti.ts';
import { signupMatchingUk } from '../../widgets/src/signup-form/matching-locales/uk.ts';
import { peopleSv } from './people/locales/sv.ts';
import { peopleEn } from './people/locales/en.ts';

type MatchCard = typeof matchCardSv;
type SignupForm = typeof signupSv;
type SignupMatching = typeof signupMatchingSv;
type Surfaces = {
  core: GoalWords;
  card: Pick<MatchCard, 'matchGoal'>;
  signup: Pick<SignupForm, `signupGoal${string}` & keyof SignupForm>;
  matching: Pick<SignupMatching, `signupExpertise${string}` & keyof SignupMatching>;
};

const SURFACES: Record<Locale, Surfaces> = {
  sv: { core: core.goalWordsSv, card: matchCardSv, signup: signupSv, matching: signupMatchingSv },
  en: { core: core.goalWordsEn, card: matchCardEn, signup: signupEn, matching: signupMatchingEn },
  ar: { core: core.goalWordsAr, card: matchCardAr, signup: signupAr, matching: signupMatchingAr },
  fa: { core: core.goalWordsFa, card: matchCardFa, signup: signupFa, matching: signupMatchingFa },
  prs: {
    core: core.goalWordsPrs,
    card: matchCardPrs,
    signup: signupPrs,
    matching: signupMatchingPrs,
  },
  so: { core: core.goalWordsSo, card: matchCardSo, signup: signupSo, matching: signupMatchingSo },
  ti: { core: core.goalWordsTi, card: matchCardTi, signup: signupTi, matching: signupMatchingTi },
  uk: { core: core.goalWordsUk, card: matchCardUk, signup: signupUk, matching: signupMatchingUk },
};

/** The signup form's message key of a goal: degree-validation → DegreeValidation. */
const keyPart = (goal: string) =>
  goal.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

describe.each(Object.entries(SURFACES))(
  'the goals in %s',
  (_, { core, card, signup, matching }) => {
    it.each(MENTORING_GOALS)('%s has the same name on the match card as in core', (goal) => {
      expect(card.matchGoal({ goal })).toBe(core.goalName({ goal }));
    });

    it.each(MENTORING_GOALS)("%s is the signup form's choices from core", (goal) => {
      const asked = signup[`signupGoal${keyPart(goal)}` as keyof typeof signup];
      const offered = matching[`signupExpertise${keyPart(goal)}` as keyof typeof matching];
      expect(asked).toBe(core.goalAsked({ goal }));
      expect(offered).toBe(core.goalOffered({ goal }));
    });
  },
);

describe("the coordinator's people view", () => {
  it.each(MENTORING_GOALS)('names %s as the match card does, in Swedish and English', (goal) => {
    expect(peopleSv.peopleGoal({ goal })).toBe(matchCardSv.matchGoal({ goal }));
    expect(peopleEn.peopleGoal({ goal })).toBe(matchCardEn.matchGoal({ goal }));
  });

  it('says "Recognition of qualifications" in English, as the match card always has', () => {
    expect(peopleEn.peopleGoal({ goal: 'degree-validation' })).toBe(
      'Recognition of qualifications',
    );
  });
});
