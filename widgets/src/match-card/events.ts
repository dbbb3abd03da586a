/**
 * The events `<mk-match-card>` fires, each only when a person presses the button (never when
 * a property is set from code), with `bubbles` and `composed` so a page hears them from
 * outside the shadow root:
 *
 * ```js
 * card.addEventListener('mk-match-accept', (event) => accept(event.detail.matchId));
 * ```
 */

/** Which match a person acted on: the `id` of the `MatchProfile`. */
export interface MkMatchActionDetail {
  matchId: string;
}

export type MkMatchAcceptDetail = MkMatchActionDetail;
/** Fired only after the person confirmed that they want to decline. */
export type MkMatchDeclineDetail = MkMatchActionDetail;
export type MkMatchContactDetail = MkMatchActionDetail;

export type MkMatchAcceptEvent = CustomEvent<MkMatchAcceptDetail>;
export type MkMatchDeclineEvent = CustomEvent<MkMatchDeclineDetail>;
export type MkMatchContactEvent = CustomEvent<MkMatchContactDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-match-accept': MkMatchAcceptEvent;
    'mk-match-decline': MkMatchDeclineEvent;
    'mk-match-contact': MkMatchContactEvent;
  }
}
