/**
 * How widgets fire their `mk-*` events. Each component declares its events once, in its own
 * `events.ts`, on `GlobalEventHandlersEventMap`, so that both `emit` and a page's
 * `addEventListener` are typed by that one declaration:
 *
 * ```ts
 * export interface MkMatchAcceptDetail { matchId: string }
 * declare global {
 *   interface GlobalEventHandlersEventMap {
 *     'mk-match-accept': CustomEvent<MkMatchAcceptDetail>;
 *   }
 * }
 * // in the component, for what a person did (never for a value set from code):
 * emit(this, 'mk-match-accept', { matchId });
 * ```
 */

/** The names of every declared `mk-*` event. */
export type MkEventName = {
  [Name in keyof GlobalEventHandlersEventMap]: Name extends `mk-${string}`
    ? GlobalEventHandlersEventMap[Name] extends CustomEvent<unknown>
      ? Name
      : never
    : never;
}[keyof GlobalEventHandlersEventMap];

/** The `detail` type of event `Name`. */
export type MkEventDetail<Name extends MkEventName> =
  GlobalEventHandlersEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

export interface EmitOptions {
  /** Whether a listener may `preventDefault()` (say, to handle a submission itself). */
  cancelable?: boolean;
}

/**
 * Fires `name` on `target` with `bubbles: true` and `composed: true`, so it reaches listeners
 * outside every shadow root. Returns `false` when the event was cancelable and a listener
 * cancelled it, `true` otherwise.
 */
export function emit<Name extends MkEventName>(
  target: EventTarget,
  name: Name,
  detail: MkEventDetail<Name>,
  options: EmitOptions = {},
): boolean {
  const event = new CustomEvent(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  return target.dispatchEvent(event);
}
