/**
 * How every widget shows loading, a failed load and a misconfiguration, so that all three
 * look, read and announce the same: a `role="status"` while loading, a `role="alert"` with a
 * real retry button on error, all text localised. Add `dataStateStyles` to the widget's
 * styles. The frame around each state is one element that Lit keeps across states, and a
 * retry moves focus onto it, so focus is not lost to the page when the button disappears.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { isOffline } from './data-controller.ts';
import type { DataError, DataState } from './data-controller.ts';
import type { LocalizeController } from './localize-controller.ts';

function frame(content: TemplateResult): TemplateResult {
  return html`<div class="mk-state" part="state" tabindex="-1">${content}</div>`;
}

export function renderLoading(localize: LocalizeController): TemplateResult {
  return frame(
    html`<div class="mk-state__loading" role="status" part="loading">
      <span class="mk-spinner" aria-hidden="true"></span>
      <span>${localize.term('loading')}</span>
    </div>`,
  );
}

/** The localised title and explanation for a failed load. */
export function errorText(
  error: DataError,
  localize: LocalizeController,
): { title: string; body: string } {
  switch (error.kind) {
    case 'network':
      // Offline: the person can do something about it. Online, the server is down, the
      // address is wrong or it refuses this page's origin: not the person's connection.
      return isOffline()
        ? { title: localize.term('errorNetworkTitle'), body: localize.term('errorNetworkBody') }
        : {
            title: localize.term('errorUnreachableTitle'),
            body: localize.term('errorUnreachableBody'),
          };
    case 'timeout':
      return { title: localize.term('errorTimeoutTitle'), body: localize.term('errorTimeoutBody') };
    case 'http':
      return {
        title: localize.term('errorHttpTitle'),
        body: localize.term('errorHttpBody', { status: error.status }),
      };
    case 'invalid':
      return { title: localize.term('errorInvalidTitle'), body: localize.term('errorInvalidBody') };
  }
}

/** A failed load with "Try again", in the common words for its kind of failure. */
export function renderLoadError(
  error: DataError,
  localize: LocalizeController,
  onRetry: () => void,
): TemplateResult {
  return renderFailure(errorText(error, localize), localize, onRetry);
}

/**
 * Any failure the person can retry (a load, a send), with the widget's own title and
 * explanation. "Try again" first moves focus onto the frame, which Lit keeps across states,
 * so that focus is not lost to the page when the button disappears.
 */
export function renderFailure(
  text: { title: string; body: string },
  localize: LocalizeController,
  onRetry: () => void,
): TemplateResult {
  const retry = (event: Event) => {
    const stateFrame = (event.currentTarget as Element).closest<HTMLElement>('.mk-state');
    stateFrame?.focus();
    onRetry();
  };
  return frame(
    html`<div class="mk-state__error" role="alert" part="error">
      <p class="mk-state__title">${text.title}</p>
      <p>${text.body}</p>
      <button type="button" part="retry-button" @click=${retry}>${localize.term('retry')}</button>
    </div>`,
  );
}

/** For a widget that cannot work as configured (no `src`, a bad attribute); log the why. */
export function renderMisconfigured(localize: LocalizeController): TemplateResult {
  return frame(
    html`<div class="mk-state__error" part="error">
      <p class="mk-state__title">${localize.term('misconfiguredTitle')}</p>
      <p>${localize.term('misconfiguredBody')}</p>
    </div>`,
  );
}

/** What renderDataState needs of a load: a `DataController` or a `ModuleController`. */
export interface LoadWithState<T> {
  readonly state: DataState<T>;
  retry(): Promise<unknown>;
}

export interface RenderDataStateOptions {
  /** What to show before any load (default: nothing). */
  idle?: () => unknown;
  /** The widget's own title and explanation for a failure; `undefined` keeps the common ones. */
  errorText?: (error: DataError) => { title: string; body: string } | undefined;
  /** What "Try again" does (default: the same load again). */
  retry?: () => void;
}

/**
 * The whole state machine in one call:
 * `${renderDataState(this.data, this.localize, (events) => this.renderList(events))}`.
 */
export function renderDataState<T>(
  data: LoadWithState<T>,
  localize: LocalizeController,
  renderLoaded: (value: T) => unknown,
  options: RenderDataStateOptions = {},
): unknown {
  const state = data.state;
  switch (state.status) {
    case 'idle':
      return options.idle?.();
    case 'loading':
      return renderLoading(localize);
    case 'error':
      return renderFailure(
        options.errorText?.(state.error) ?? errorText(state.error, localize),
        localize,
        options.retry ?? (() => void data.retry()),
      );
    case 'loaded':
      return renderLoaded(state.data);
  }
}
