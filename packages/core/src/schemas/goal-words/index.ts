/**
 * The goal-word catalogues of every language, for code that wants them all (tests, the
 * coordinator app). A widget imports one language's module (`@mentorkit/core/goal-words/sv`)
 * so that its language chunks stay apart.
 */
export { goalWordsSv } from './sv.ts';
export type { GoalWords } from './sv.ts';
export { goalWordsEn } from './en.ts';
export { goalWordsAr } from './ar.ts';
export { goalWordsFa } from './fa.ts';
export { goalWordsPrs } from './prs.ts';
export { goalWordsSo } from './so.ts';
export { goalWordsTi } from './ti.ts';
export { goalWordsUk } from './uk.ts';
export { goalMessage } from './goal-message.ts';
export type { GoalWordParam, GoalWordList, MentoringGoalCode } from './goal-message.ts';
