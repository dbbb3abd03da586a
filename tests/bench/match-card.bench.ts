// <mk-match-card>'s node-side work before it renders (`npm run bench -- match-card`): reading
// and validating a full MatchProfile (the demo's), then deciding what each audience sees. The
// DOM render itself is measured in a browser by tests/e2e/widgets/match-card.spec.ts (its
// "first render" test prints the figure), as node has no DOM to render into.
import { readFileSync } from 'node:fs';
import { MatchProfileSchema } from '@mentorkit/core';
import { matchView } from '../../widgets/src/match-card/view-model.ts';
import { defineBenchmarks } from './benchmark.ts';

const profileText = readFileSync(
  new URL('../../demo/public/examples/match-card.json', import.meta.url),
  'utf8',
);
const profile = MatchProfileSchema.parse(JSON.parse(profileText));

export default defineBenchmarks([
  {
    name: 'match-card: parse and validate a full MatchProfile',
    run: () => MatchProfileSchema.parse(JSON.parse(profileText)),
    runs: 5_000,
  },
  {
    name: 'match-card: view models for the three audiences',
    run: () => [
      matchView(profile, 'public'),
      matchView(profile, 'participant'),
      matchView(profile, 'coordinator'),
    ],
    runs: 20_000,
  },
]);
