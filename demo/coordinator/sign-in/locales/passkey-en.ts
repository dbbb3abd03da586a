import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { PasskeyRefusalMessages } from './passkey-sv.ts';

// The refusals' English is the server's own wording (passkey-routes.ts), word for word.
export const passkeyRefusalsEn: CatalogueOf<PasskeyRefusalMessages> = {
  passkeyUnsupported: 'This browser cannot use passkeys. Sign in with your e-mail address.',
  passkeyCancelled: 'No passkey was used. Try again, or sign in with your e-mail address.',
  passkeyTooLate: 'The passkey answered no question of ours, or too late. Try again.',
  passkeyNotChecked: 'The passkey could not be checked. Try again.',
  passkeyUnknown: 'This passkey does not sign in here. Sign in with your e-mail address.',
  passkeyAccountClosed: 'This account cannot sign in. Ask an administrator to invite you again.',
  passkeyRefused: 'The passkey was refused. Try again, or sign in with your e-mail address.',
  passkeyRegistered: 'This passkey is registered already.',
};
