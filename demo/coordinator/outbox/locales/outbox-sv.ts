// The outbox's words, Swedish source. Dates arrive formatted in the element's language, the
// mail's language by its name ("arabiska"), every kind of mail in words.
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export type MailKindParam = { kind: string };
export type WhenParam = { when: string };
export type MailLineParam = { recipient: string; when: string; kind: string; language: string };
export type NotSentParam = { attempts: number; error: string };

export const outboxSv = {
  outboxHeading: 'Utkorg',
  outboxIntro:
    'Alla mejl som systemet skriver: bekräftelser av anmälningar (en anmälan räknas när personen har bekräftat den) och meddelanden till samordnare (MENTORKIT_COORDINATOR_EMAILS).',
  outboxSmtp: 'Mejlen skickas via den SMTP-server som systemet startades med.',
  outboxNoSmtp:
    'Ingen SMTP-server är inställd (MENTORKIT_SMTP_URL), så mejlen sparas här och skickas inte.',
  outboxNone: 'Inga mejl än.',
  outboxMailLine: ({ recipient, when, kind, language }: MailLineParam): string =>
    `Till ${recipient}, skrivet ${when} (${kind}, på ${language}).`,
  outboxKind: ({ kind }: MailKindParam): string =>
    ({
      'signup-confirmation': 'bekräftelse av en anmälan',
      'signup-notice': 'meddelande om en ny anmälan',
      'signup-digest': 'sammanställning av nya anmälningar',
      'match-introduction': 'presentation av en matchning',
      'match-reminder': 'påminnelse om en föreslagen matchning',
      'meeting-reminder': 'påminnelse om en träff',
      'follow-up': 'uppföljningsfråga',
      'coordinator-sign-in': 'inloggningslänk',
    })[kind] ?? 'mejl',
  outboxSent: ({ when }: WhenParam): string => `Skickat ${when}.`,
  outboxNotSent: ({ attempts, error }: NotSentParam): string =>
    // "försök" is the same in the singular and the plural.
    `Inte skickat än (${attempts} försök): ${error}. Ett nytt försök görs senare.`,
  outboxWaiting: 'Väntar på att skickas.',
  outboxKept: 'Sparat här: ingen SMTP-server är inställd.',
  outboxPlainText: 'Texten',
  outboxHtmlSource: 'HTML-delen (källkod)',
  outboxSessionEnded: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
} satisfies SourceCatalogue;

export type OutboxMessages = typeof outboxSv;
