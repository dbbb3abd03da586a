// Why a passkey did not work, Swedish source: shared by the sign-in (signing in with one) and
// <mk-passkeys> (adding one); passkey-ceremonies.ts's `passkeyRefusal` picks the key.
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export const passkeyRefusalsSv = {
  passkeyUnsupported:
    'Den här webbläsaren kan inte använda passkeys. Logga in med din e-postadress.',
  passkeyCancelled: 'Ingen passkey användes. Försök igen, eller logga in med din e-postadress.',
  passkeyTooLate: 'Passkeyn svarade inte på vår fråga, eller för sent. Försök igen.',
  passkeyNotChecked: 'Passkeyn kunde inte kontrolleras. Försök igen.',
  passkeyUnknown: 'Den här passkeyn loggar inte in här. Logga in med din e-postadress.',
  passkeyAccountClosed:
    'Det här kontot kan inte logga in. Be en administratör att bjuda in dig igen.',
  passkeyRefused: 'Passkeyn godtogs inte. Försök igen, eller logga in med din e-postadress.',
  passkeyRegistered: 'Den här passkeyn är redan tillagd.',
} satisfies SourceCatalogue;

export type PasskeyRefusalMessages = typeof passkeyRefusalsSv;
