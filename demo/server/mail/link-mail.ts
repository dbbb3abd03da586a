// The frame of every mail that gives a person a link of their own (a signup's confirmation, a
// match's introduction and reminders, a follow-up): a greeting by name, what it is about, the
// link as a button, how long it works, and closing lines. Plain text and HTML with the same
// words, in the reader's language; every value is escaped in the HTML part.
import { formatDate, type Locale } from '@mentorkit/core';
import { CONFIRMATION_MESSAGES } from '../signup-mail/confirmation-messages.ts';
import { html, mailDocument, type SafeHtml } from './html.ts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A paragraph (its lines: one per line in text, run together in HTML), or a list under a heading. */
export type MailBlock = readonly string[] | { heading: string; items: readonly string[] };

export interface LinkMail {
  locale: Locale;
  subject: string;
  /** The reader's first name, for the greeting. */
  name: string;
  /** What comes before the link. */
  blocks: readonly MailBlock[];
  button: string;
  link: string;
  expiresAt: Date;
  /** Lines after the link's validity (why the mail came, what to do if it was not for you). */
  closing?: readonly string[];
}

const isList = (block: MailBlock): block is { heading: string; items: readonly string[] } =>
  !Array.isArray(block);

function blockText(block: MailBlock): string[] {
  return isList(block) ? [block.heading, ...block.items.map((item) => `- ${item}`)] : [...block];
}

function blockHtml(block: MailBlock): SafeHtml {
  return isList(block)
    ? html`<p>${block.heading}</p>
        <ul>
          ${block.items.map((item) => html`<li>${item}</li>`)}
        </ul>`
    : html`<p>${block.join(' ')}</p>`;
}

export function renderLinkMail(mail: LinkMail): RenderedMail {
  const common = CONFIRMATION_MESSAGES[mail.locale];
  const greeting = common.greeting(mail.name);
  const until = common.validUntil(
    formatDate(mail.expiresAt, mail.locale, { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
  );
  const closing = [until, ...(mail.closing ?? [])];
  const text = [
    greeting,
    '',
    ...mail.blocks.flatMap((block) => [...blockText(block), '']),
    `${mail.button}: ${mail.link}`,
    '',
    ...closing,
    '',
  ].join('\n');
  const body = html`<p>${greeting}</p>
    ${mail.blocks.map(blockHtml)}
    <p><a href="${mail.link}">${mail.button}</a></p>
    ${closing.map((line) => html`<p>${line}</p>`)}`;
  return { subject: mail.subject, text, html: mailDocument(mail.locale, mail.subject, body) };
}
