/**
 * Code a widget loads on first use (a dialog, a view, its validators), with the same states
 * as its data (`DataState`: loading, a `network` or `timeout` error, loaded with the module
 * as `data`), so `renderDataState` shows it and its "Try again" like any other load. A chunk
 * that a CDN or a flaky network fails to deliver looks and recovers like a failed feed.
 *
 * ```ts
 * private readonly details = new ModuleController(this, () => import('./render-details.ts'));
 * void this.details.ensure();                 // when the dialog is first opened
 * this.details.data?.renderDetails(…);        // once it is there
 * parse: async (body) => (await moduleForParse(this.details)).read(body) // in a DataController
 * ```
 *
 * Lighter than `DataController` on purpose (no fetch, no body to read, no parse): the signup
 * form carries only this one in its first load.
 */
import type { ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT, importForParse } from './data-controller.ts';
import type { DataError, DataState } from './data-controller.ts';

export class ModuleController<Module> {
  private readonly host: ReactiveControllerHost & Element;
  private readonly importModule: () => Promise<Module>;
  private currentState: DataState<Module> = { status: 'idle' };
  private pending: Promise<DataState<Module>> | undefined;

  constructor(host: ReactiveControllerHost & Element, importModule: () => Promise<Module>) {
    this.host = host;
    this.importModule = importModule;
  }

  get state(): DataState<Module> {
    return this.currentState;
  }

  /** The module, or `undefined` until it is loaded. */
  get data(): Module | undefined {
    return this.currentState.status === 'loaded' ? this.currentState.data : undefined;
  }

  /**
   * Loads the module unless it is loaded or on its way (a failed load is tried again).
   * Resolves with the state the load ended in; never rejects.
   */
  ensure(): Promise<DataState<Module>> {
    if (this.currentState.status === 'loaded') return Promise.resolve(this.currentState);
    this.pending ??= this.run();
    return this.pending;
  }

  /** "Try again" of the error state. */
  retry(): Promise<DataState<Module>> {
    return this.ensure();
  }

  private async run(): Promise<DataState<Module>> {
    this.setState({ status: 'loading' });
    // A stalled chunk must not leave the widget loading for ever: the same limit as data.
    const timeout: DataError = { kind: 'timeout', timeout: DEFAULT_TIMEOUT };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOutError = new Error(`The module did not load within ${DEFAULT_TIMEOUT} ms`);
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOutError), DEFAULT_TIMEOUT);
    });
    try {
      const data = await Promise.race([this.importModule(), timedOut]);
      this.setState({ status: 'loaded', data });
    } catch (detail) {
      console.warn(`[mentorkit] <${this.host.localName}> could not load its code:`, detail);
      const error: DataError = detail === timedOutError ? timeout : { kind: 'network', detail };
      this.setState({ status: 'error', error });
    }
    clearTimeout(timer);
    this.pending = undefined;
    return this.currentState;
  }

  private setState(state: DataState<Module>): void {
    this.currentState = state;
    this.host.requestUpdate();
  }
}

/**
 * The module of `controller`, for a data load's `parse` that needs it: when it cannot be
 * loaded, that load ends as a `network` error (with "Try again", which tries the module again),
 * not as data that could not be read. A function rather than a method, so that a widget that
 * does not use it does not carry it.
 */
export function moduleForParse<Module>(controller: ModuleController<Module>): Promise<Module> {
  return importForParse(async () => {
    const state = await controller.ensure();
    if (state.status === 'loaded') return state.data;
    throw new Error('The module did not load', { cause: state });
  });
}
