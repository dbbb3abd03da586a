// The follow-up's answers as the form asks them (<mk-follow-up>'s questions.ts): the work
// situations and "how much it helped" in the form's order, and the latter in the form's own
// words, so the report names each answer as the mentees chose it.
import type { MentoringHelpLevel } from '@mentorkit/core';
import {
  HELPED_CHOICES,
  WORK_SITUATION_CHOICES,
} from '../../../widgets/src/follow-up/questions.ts';
import type { FollowUpMessages } from '../../../widgets/src/follow-up/locales/sv.ts';

type HelpedKey = (typeof HELPED_CHOICES)[number]['labelKey'];

export type HelpedParam = { level: MentoringHelpLevel };

export const WORK_SITUATIONS = WORK_SITUATION_CHOICES.map(({ value }) => value);
export const HELPED_LEVELS = HELPED_CHOICES.map(({ value }) => value);

/** The answer `level` as the form in that language words it ("Mycket", "A lot"). */
export function helpedWord(
  catalogue: Pick<FollowUpMessages, HelpedKey>,
  level: MentoringHelpLevel,
): string {
  const choice = HELPED_CHOICES.find((candidate) => candidate.value === level);
  return choice ? catalogue[choice.labelKey] : level;
}
