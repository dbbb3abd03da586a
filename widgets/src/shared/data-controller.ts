/**
 * Loads a widget's data: from a URL (its `src`) or from any async loader, then through the
 * widget's validation. One load at a time: a new load, a disconnect or the timeout aborts
 * the one in flight, and a stale result is never applied. It never throws and never leaves a
 * rejected promise: every failure becomes an `error` state that the widget shows (see
 * `data-state.ts`) with a way to retry.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DataStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * Why a load failed. `detail` is for developers (logged to the console), never for display:
 * - `network`: the request could not be made (offline, DNS, CORS, a loader that threw);
 * - `timeout`: no answer within `timeout` ms;
 * - `http`: the server answered with a status outside 200–299;
 * - `invalid`: the body could not be read or `parse` rejected it.
 */
export type DataError =
  | { readonly kind: 'network'; readonly detail: unknown }
  | { readonly kind: 'timeout'; readonly timeout: number }
  | { readonly kind: 'http'; readonly status: number; readonly statusText: string }
  | { readonly kind: 'invalid'; readonly detail: unknown };

export type DataErrorKind = DataError['kind'];

export type DataState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly data: T }
  | { readonly status: 'error'; readonly error: DataError };

/** Runs a load; it should stop when `signal` aborts (the controller stops waiting anyway). */
export type DataLoader = (signal: AbortSignal) => Promise<unknown>;

export type DataSource = string | URL | DataLoader;

export interface DataControllerOptions<T> {
  /**
   * Validates and converts what was loaded (the parsed JSON by default; whatever `read` or a
   * loader returns otherwise) into the widget's data. Throw to reject it: the state becomes an
   * `invalid` error that keeps what was thrown as its `detail`.
   */
  parse: (body: unknown) => T | Promise<T>;
  /** Reads a successful response's body. Default `response.json()`; a failure here is `invalid`. */
  read?: (response: Response) => Promise<unknown>;
  /** Extra `fetch` options for URL sources, such as an `Accept` header. */
  request?: Omit<RequestInit, 'signal'>;
  /** Milliseconds before a load ends as a `timeout` error. Default 15 000. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 15_000;

/** Whether the browser knows it has no network at all (`navigator.onLine` is false). */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/** Thrown inside the controller to carry a classified failure out of the load. */
class LoadFailure extends Error {
  readonly failure: DataError;
  constructor(failure: DataError) {
    super(failure.kind);
    this.failure = failure;
  }
}

/** What the controller aborts with, to tell its own aborts apart from the loader's errors. */
type AbortReason = 'superseded' | 'disconnected' | 'timeout' | 'reset';

class Abort extends Error {
  readonly reason: AbortReason;
  constructor(reason: AbortReason) {
    super(`Load aborted: ${reason}`);
    this.name = 'AbortError';
    this.reason = reason;
  }
}

/**
 * For a `parse` that needs a lazily loaded module (a validator, a parser): imports it, and when
 * that fails (the network, a CDN without the chunk) the load ends as a `network` error, with
 * "Try again", rather than as data that `could not be read`.
 */
export async function importForParse<Module>(load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    throw new LoadFailure({ kind: 'network', detail: error });
  }
}

export class DataController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly options: DataControllerOptions<T>;
  private currentState: DataState<T> = { status: 'idle' };
  private lastLoaded: T | undefined;
  private lastSource: DataSource | undefined;
  private inFlight: AbortController | undefined;
  /** Set when a disconnect interrupted a load, so that reconnecting (a move) resumes it. */
  private interrupted = false;

  constructor(host: ReactiveControllerHost & Element, options: DataControllerOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get state(): DataState<T> {
    return this.currentState;
  }

  get status(): DataStatus {
    return this.currentState.status;
  }

  /** The loaded data, or `undefined` in any other state. */
  get data(): T | undefined {
    return this.currentState.status === 'loaded' ? this.currentState.data : undefined;
  }

  /**
   * The data last loaded, kept while a later load runs, so that a list stays on screen (and
   * focus in it) while it is loaded again after a change; `undefined` after a failure or
   * `reset()`, and before the first load.
   */
  get shown(): T | undefined {
    return this.lastLoaded;
  }

  /** The failure, or `undefined` in any other state. */
  get error(): DataError | undefined {
    return this.currentState.status === 'error' ? this.currentState.error : undefined;
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      void this.retry();
    }
  }

  hostDisconnected(): void {
    if (this.inFlight) {
      this.interrupted = true;
      this.abortInFlight('disconnected');
    }
  }

  /**
   * Loads from `source` (a URL, resolved against the document, or a loader), aborting any load
   * in flight. Resolves with the state it ended in, or, when another load, `reset()` or a
   * disconnect overtook it, with the state at that moment. Never rejects.
   */
  async load(source: DataSource): Promise<DataState<T>> {
    this.abortInFlight('superseded');
    this.interrupted = false;
    this.lastSource = source;
    const abort = new AbortController();
    this.inFlight = abort;
    this.setState({ status: 'loading' });

    const timeout = this.options.timeout ?? DEFAULT_TIMEOUT;
    const timer = setTimeout(() => abort.abort(new Abort('timeout')), timeout);
    try {
      const data = await this.whileNotAborted(this.run(source, abort.signal), abort.signal);
      // A load started (or a reset made) between the data arriving and this line wins.
      if (this.inFlight === abort) this.setState({ status: 'loaded', data });
    } catch (error) {
      const failure = this.classify(error, abort.signal, timeout);
      if (failure) {
        this.report(failure);
        this.setState({ status: 'error', error: failure });
      }
    } finally {
      clearTimeout(timer);
      if (this.inFlight === abort) this.inFlight = undefined;
    }
    return this.currentState;
  }

  /** Loads the last source again (after an error, or to refresh). Does nothing before a load. */
  retry(): Promise<DataState<T>> {
    if (this.lastSource === undefined) return Promise.resolve(this.currentState);
    return this.load(this.lastSource);
  }

  /** Aborts any load and returns to `idle` (say, when the widget's `src` is removed). */
  reset(): void {
    this.abortInFlight('reset');
    this.interrupted = false;
    this.lastSource = undefined;
    this.setState({ status: 'idle' });
  }

  private async run(source: DataSource, signal: AbortSignal): Promise<T> {
    let body: unknown;
    if (typeof source === 'function') {
      body = await source(signal);
    } else {
      const response = await fetch(source, { ...this.options.request, signal });
      if (!response.ok) {
        // The body is not needed; release the connection.
        void response.body?.cancel().catch(() => undefined);
        throw new LoadFailure({
          kind: 'http',
          status: response.status,
          statusText: response.statusText,
        });
      }
      try {
        body = await (this.options.read ?? ((r: Response) => r.json()))(response);
      } catch (error) {
        if (signal.aborted) throw error;
        throw new LoadFailure({ kind: 'invalid', detail: error });
      }
    }
    signal.throwIfAborted();
    try {
      return await this.options.parse(body);
    } catch (error) {
      // A parse may have failed to load its code (importForParse): that failure keeps its kind.
      if (error instanceof LoadFailure) throw error;
      throw new LoadFailure({ kind: 'invalid', detail: error });
    }
  }

  /** Settles as soon as `signal` aborts, even when the work ignores the signal. */
  private whileNotAborted<R>(work: Promise<R>, signal: AbortSignal): Promise<R> {
    // Work that loses the race must not become an unhandled rejection.
    work.catch(() => undefined);
    return new Promise<R>((resolve, reject) => {
      // The signal is load()'s own, aborted only with an Abort (an Error): timeout or superseded.
      const onAbort = () => reject(signal.reason as Abort);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** The error state for what a load threw, or `undefined` when the load was merely overtaken. */
  private classify(error: unknown, signal: AbortSignal, timeout: number): DataError | undefined {
    if (signal.aborted) {
      const reason: unknown = signal.reason;
      if (reason instanceof Abort && reason.reason === 'timeout')
        return { kind: 'timeout', timeout };
      return undefined;
    }
    if (error instanceof LoadFailure) return error.failure;
    // `fetch` rejects with a TypeError when the request cannot be made; a loader's own
    // failure is treated the same way: nothing usable came back.
    return { kind: 'network', detail: error };
  }

  private abortInFlight(reason: AbortReason): void {
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    inFlight?.abort(new Abort(reason));
  }

  private report(failure: DataError): void {
    const where = this.host.localName;
    const source = typeof this.lastSource === 'function' ? 'a loader' : String(this.lastSource);
    const detail =
      failure.kind === 'network' || failure.kind === 'invalid'
        ? failure.detail
        : failure.kind === 'http'
          ? `HTTP ${failure.status} ${failure.statusText}`
          : `no answer within ${failure.timeout} ms`;
    // A request that fails while the browser is online: usually the address, or CORS.
    const hint =
      failure.kind === 'network' && !isOffline()
        ? ' Is the address right, is the server up, and does it allow this page’s origin (CORS)?'
        : '';
    console.warn(
      `[mentorkit] <${where}> could not load ${source} (${failure.kind}).${hint}`,
      detail,
    );
  }

  private setState(state: DataState<T>): void {
    this.currentState = state;
    if (state.status === 'loaded') this.lastLoaded = state.data;
    else if (state.status !== 'loading') this.lastLoaded = undefined;
    this.host.requestUpdate();
  }
}
