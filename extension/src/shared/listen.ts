// Features register browser event listeners through this, so that aborting the feature's signal
// removes every listener it added (Refined GitHub's `init(signal)` habit).

interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export function listen<Listener>(
  event: BrowserEvent<Listener>,
  listener: Listener,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
