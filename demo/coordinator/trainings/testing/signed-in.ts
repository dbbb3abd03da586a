// The signed-in coordinator the page would keep (current-session.ts), for the component tests
// of <mk-trainings> and <mk-feeds>: an administrator may add for the whole organisation, a
// coordinator for their programmes only.
import type { SessionView } from '../../api-types.ts';
import { keepSession } from '../../current-session.ts';

export function signedInAs(role: SessionView['role']): void {
  keepSession({
    id: 'c-1',
    name: 'Samordnare',
    email: 'samordnare@example.org',
    role,
    programmes: role === 'administrator' ? [] : ['academics', 'foundry'],
    bootstrap: false,
    lang: 'sv',
    csrfToken: 'csrf-test',
  });
}

export const signedOut = (): void => keepSession(undefined);
