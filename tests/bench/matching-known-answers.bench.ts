// `npm run bench -- known`: how often rankCandidates puts the coordinator's choice first, and
// in its top three, for the 45 mentees of fixtures/matching-known-answers.json; the figures
// are in the benchmarks' names (the table's time is ranking all of them once), and each miss
// is printed with what was proposed instead. matching-known-answers.test.ts holds the floor.
import { loadOccupationIndex } from '@mentorkit/occupations';
import { defineBenchmarks } from './benchmark.ts';
import {
  accuracyOf,
  describeMiss,
  rankKnownAnswers,
  type KnownAnswerResult,
} from './matching-known-answers.ts';

const index = await loadOccupationIndex();

function summary(label: string, results: KnownAnswerResult[]): string {
  const { total, top1, top3 } = accuracyOf(results);
  const percent = (count: number) => `${Math.round((count / total) * 100)}%`;
  return `matching: known answers, ${label}: top-1 ${top1}/${total} (${percent(top1)}), top-3 ${top3}/${total} (${percent(top3)})`;
}

const classified = rankKnownAnswers(index);
console.log(`${summary('classified', classified)}; misses:`);
for (const result of classified.filter((entry) => !entry.correct)) {
  console.log(`  ${describeMiss(result)}`);
}

export default defineBenchmarks([
  {
    name: summary('as the picker stores them', rankKnownAnswers()),
    run: () => rankKnownAnswers(),
    runs: 50,
  },
  {
    name: summary('free text classified (the migration)', classified),
    run: () => rankKnownAnswers(index),
    runs: 50,
  },
  {
    name: summary(
      'free text only (before codes)',
      rankKnownAnswers(undefined, { freeTextOnly: true }),
    ),
    run: () => rankKnownAnswers(undefined, { freeTextOnly: true }),
    runs: 50,
  },
]);
