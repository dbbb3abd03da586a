// The confirmation mail of a signup (double opt-in), in the person's language.
import type { Locale } from '@mentorkit/core';
import { renderLinkMail, type RenderedMail } from '../mail/link-mail.ts';
import { CONFIRMATION_MESSAGES } from './confirmation-messages.ts';

export interface ConfirmationMailInput {
  locale: Locale;
  name: string;
  kind: 'mentor' | 'mentee';
  link: string;
  expiresAt: Date;
}

export function renderConfirmationMail(input: ConfirmationMailInput): RenderedMail {
  const messages = CONFIRMATION_MESSAGES[input.locale];
  return renderLinkMail({
    ...input,
    subject: messages.subject,
    blocks: [[messages.thanks(messages.role[input.kind]), messages.instruction]],
    button: messages.button,
    closing: [messages.notYou],
  });
}
