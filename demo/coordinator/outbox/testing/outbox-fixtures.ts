// Outboxes as GET /api/coordinator/outbox answers them, for the outbox's component tests: a
// confirmation in Arabic kept for want of SMTP, a notice sent, one that failed twice, a mail of
// a kind the element does not know, and hostile strings where people's words go.
import type { OutboxMail, OutboxView } from '../outbox-types.ts';

const mail = (overrides: Partial<OutboxMail> & Pick<OutboxMail, 'id' | 'kind'>): OutboxMail => ({
  key: `key-${overrides.id}`,
  recipient: 'samira@example.org',
  lang: 'sv',
  subject: 'Bekräfta din anmälan',
  text: 'Hej!\nBekräfta här: http://localhost/signup/confirm/abc',
  html: '<html lang="sv"><p>Hej!</p></html>',
  createdAt: '2026-11-02T11:00:00.000Z',
  attempts: 0,
  sentAt: null,
  lastError: null,
  lastAttemptAt: null,
  ...overrides,
});

export const CONFIRMATION = mail({
  id: 'ob-1',
  kind: 'signup-confirmation',
  lang: 'ar',
  subject: 'أكّد تسجيلك',
  text: 'مرحبًا سميرة\nhttp://localhost/signup/confirm/abc',
  html: '<html lang="ar" dir="rtl"><p>مرحبًا</p></html>',
});

export const SENT_NOTICE = mail({
  id: 'ob-2',
  kind: 'signup-notice',
  recipient: 'coordinator@example.org',
  subject: 'Ny anmälan',
  sentAt: '2026-11-02T11:05:00.000Z',
  attempts: 1,
});

export const FAILED_REMINDER = mail({
  id: 'ob-3',
  kind: 'meeting-reminder',
  recipient: 'bashir@example.org',
  lang: 'en',
  subject: 'Your meeting tomorrow',
  attempts: 2,
  lastError: 'connect ECONNREFUSED 127.0.0.1:25',
  lastAttemptAt: '2026-11-02T12:00:00.000Z',
});

export const UNKNOWN_KIND = mail({ id: 'ob-4', kind: 'partner-newsletter' });

export const OUTBOX: OutboxView = {
  smtpConfigured: false,
  mails: [CONFIRMATION, SENT_NOTICE, FAILED_REMINDER, UNKNOWN_KIND],
};

export const HOSTILE_TEXT = '<img src=x onerror="window.__pwned=1">';

export const HOSTILE_OUTBOX: OutboxView = {
  smtpConfigured: true,
  mails: [
    mail({
      id: 'ob-x',
      kind: 'signup-confirmation',
      recipient: HOSTILE_TEXT,
      subject: HOSTILE_TEXT,
      text: `<script>window.__pwned=1</script>`,
      html: `<p>${HOSTILE_TEXT}</p>`,
    }),
  ],
};
