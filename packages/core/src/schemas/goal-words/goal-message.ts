/**
 * How the goal-word catalogues are written: each form of the words (a goal's name, the mentee's
 * choice, the mentor's choice) lists every goal, so a language that misses one does not compile.
 */
import type { MENTORING_GOALS } from '../vocabulary.ts';

export type MentoringGoalCode = (typeof MENTORING_GOALS)[number];

/**
 * A goal code as it reaches a screen: from our schemas, or from a server that may know a goal
 * this build does not (then the code itself is shown rather than nothing).
 */
export type GoalWordParam = { goal: string };

/** One word (or phrase) for every goal. */
export type GoalWordList = Readonly<Record<MentoringGoalCode, string>>;

/** The message that picks a goal's entry from `words`, like an ICU `select`. */
export function goalMessage(words: GoalWordList): (params: GoalWordParam) => string {
  const known: Readonly<Record<string, string>> = words;
  // String(): a caller that is not typed (a test's probe, plain JavaScript) still gets text.
  return ({ goal }) => (Object.hasOwn(known, goal) ? known[goal]! : String(goal));
}
