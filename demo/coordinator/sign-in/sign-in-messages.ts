// The sign-in's message bundle, with the passkey refusals it shares with <mk-passkeys>:
// Swedish bundled, English on demand (shared/coordinator-bundle.ts).
import { coordinatorBundle } from '../shared/coordinator-bundle.ts';
import type { PasskeyRefusalMessages } from './locales/passkey-sv.ts';
import { passkeyRefusalsSv } from './locales/passkey-sv.ts';
import type { SignInMessages } from './locales/sv.ts';
import { signInSv } from './locales/sv.ts';

export type SignInBundle = SignInMessages & PasskeyRefusalMessages;

export const signInMessages = coordinatorBundle<SignInBundle>(
  { ...signInSv, ...passkeyRefusalsSv },
  async () => ({
    ...(await import('./locales/en.ts')).signInEn,
    ...(await import('./locales/passkey-en.ts')).passkeyRefusalsEn,
  }),
);
