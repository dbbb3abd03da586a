// A load refused because the session ended (401), in the elements' words, in place of the
// common "the server answered 401".
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { MatchesBundle } from './matches-messages.ts';

export function sessionEndedText(localize: LocalizeController<MatchesBundle>) {
  return { title: localize.term('matchesSessionEnded'), body: '' };
}
