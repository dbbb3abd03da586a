/**
 * The event `<mk-glossary>` fires, typed for `addEventListener` through
 * `GlobalEventHandlersEventMap`. It bubbles and is composed, and follows what the person did
 * (opened a term from the results, a related word or with Enter), never a property set from code:
 *
 * ```js
 * glossary.addEventListener('mk-glossary-open', (event) => track(event.detail.id));
 * ```
 */
export interface MkGlossaryOpenDetail {
  /** The term's id, as in `#term=<id>`. */
  readonly id: string;
  /** The Swedish word. */
  readonly lemma: string;
}

export type MkGlossaryOpenEvent = CustomEvent<MkGlossaryOpenDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-glossary-open': MkGlossaryOpenEvent;
  }
}
