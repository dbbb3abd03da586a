/**
 * How the goal-word catalogues are written: each form of the words (a goal's name, the mentee's
 * choice, the mentor's choice) lists every goal, so a language that misses one does not compile.
 */
import { selectMessage } from '../../i18n/select.ts';
import type { SelectMessage } from '../../i18n/select.ts';
import type { MENTORING_GOALS } from '../vocabulary.ts';

export type MentoringGoalCode = (typeof MENTORING_GOALS)[number];

/**
 * A goal code as it reaches a screen: from our schemas, or from a server that may know a goal
 * this build does not (then the code itself is shown rather than nothing).
 */
export type GoalWordParam = { goal: string };

/** One word (or phrase) for every goal. */
export type GoalWordList = Readonly<Record<MentoringGoalCode, string>>;

/**
 * The message that picks a goal's entry from `words` (`selectMessage`: a code this build does
 * not know shows as itself rather than nothing, and the translators' export lists every goal).
 */
export function goalMessage(words: GoalWordList): SelectMessage<'goal'> {
  return selectMessage('goal', words);
}
