// A match's reasons as a list, each in words with its share of the score: the candidates a
// coordinator may propose (matching.ts) and the matches made (matches.ts) show them alike.
import { reasonWords, type ReasonShown } from './code-words.ts';
import { h } from './dom.ts';
import { formatPercent } from './format.ts';

type Reason = ReasonShown;

/** Each reason with a share above zero; its `label` (the matching's English, codes and all) is for logs. */
export function reasonList<Item extends Reason>(
  reasons: Item[],
  shareOf: (reason: Item) => number,
): HTMLUListElement {
  return h(
    'ul',
    { className: 'reasons' },
    reasons
      .filter((reason) => shareOf(reason) > 0)
      .map((reason) => h('li', {}, `${reasonWords(reason)} (${formatPercent(shareOf(reason))})`)),
  );
}
