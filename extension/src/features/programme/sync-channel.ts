// The background tells open pages that the sync state changed (the sessions page shows it per
// session, the options page per connection). A BroadcastChannel: every extension context of ours
// shares the origin.
const SYNC_CHANNEL = 'mentorkit-sync';

export function announceSyncChange(): void {
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onSyncChanged(listener: () => void, signal: AbortSignal): void {
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  channel.addEventListener('message', () => listener());
  signal.addEventListener('abort', () => channel.close(), { once: true });
}
