import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { OutboxMessages } from './outbox-sv.ts';

export const outboxEn: CatalogueOf<OutboxMessages> = {
  outboxHeading: 'Outbox',
  outboxIntro:
    'Every mail the backend writes: signup confirmations (a signup counts once its person confirms) and notices to coordinators (MENTORKIT_COORDINATOR_EMAILS).',
  outboxSmtp: 'Mail is sent through the SMTP server the backend was started with.',
  outboxNoSmtp:
    'No SMTP server is configured (MENTORKIT_SMTP_URL), so mail is kept here and not sent.',
  outboxNone: 'No mail yet.',
  outboxMailLine: ({ recipient, when, kind, language }) =>
    `To ${recipient}, written ${when} (${kind}, in ${language}).`,
  outboxKind: ({ kind }) =>
    ({
      'signup-confirmation': 'confirmation of a signup',
      'signup-notice': 'notice of a new signup',
      'signup-digest': 'digest of new signups',
      'match-introduction': 'introduction to a match',
      'match-reminder': 'reminder of a proposed match',
      'meeting-reminder': 'reminder of a meeting',
      'follow-up': 'follow-up question',
      'coordinator-sign-in': 'sign-in link',
    })[kind] ?? 'mail',
  outboxSent: ({ when }) => `Sent ${when}.`,
  outboxNotSent: ({ attempts, error }) =>
    `Not sent yet (${plural('en', attempts, { one: '1 try', other: `${attempts} tries` })}): ${error}. It is tried again later.`,
  outboxWaiting: 'Waiting to be sent.',
  outboxKept: 'Kept here: no SMTP server is configured.',
  outboxPlainText: 'Plain text',
  outboxHtmlSource: 'HTML part (source)',
  outboxSessionEnded: 'Your session has ended. Sign in again to go on.',
};
