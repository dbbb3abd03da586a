// The account parts' message bundle (the signed-in bar, the passkeys, the page's heading), with
// the passkey refusals shared with the sign-in and its words for a failed request: Swedish
// bundled, English on demand (shared/coordinator-bundle.ts).
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { PasskeyRefusalMessages } from '../sign-in/locales/passkey-sv.ts';
import { passkeyRefusalsSv } from '../sign-in/locales/passkey-sv.ts';
import type { AccountMessages } from './locales/sv.ts';
import { accountSv } from './locales/sv.ts';

export type AccountBundle = AccountMessages & PasskeyRefusalMessages;

export const accountMessages = coordinatorBundle<AccountBundle>(
  { ...accountSv, ...passkeyRefusalsSv },
  async () => ({
    ...(await import('./locales/en.ts')).accountEn,
    ...(await import('../sign-in/locales/passkey-en.ts')).passkeyRefusalsEn,
  }),
);
