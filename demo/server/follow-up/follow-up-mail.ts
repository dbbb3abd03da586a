// The mail that asks one of a match's two people how it went, months after the start: the
// other person by first name, the months, the purpose and retention of the answers, and the
// reader's own link (the token only: nothing personal in the URL).
import type { Locale } from '@mentorkit/core';
import { renderLinkMail, type RenderedMail } from '../mail/link-mail.ts';
import { FOLLOW_UP_MESSAGES } from './follow-up-messages.ts';

export interface FollowUpMailInput {
  locale: Locale;
  name: string;
  otherName: string;
  monthsAfterStart: number;
  retentionMonths: number;
  link: string;
  expiresAt: Date;
}

export function renderFollowUpMail(input: FollowUpMailInput): RenderedMail {
  const messages = FOLLOW_UP_MESSAGES[input.locale];
  return renderLinkMail({
    ...input,
    subject: messages.subject,
    blocks: [[messages.opening(input.otherName, input.monthsAfterStart), messages.request]],
    button: messages.button,
    closing: [messages.purpose(input.retentionMonths)],
  });
}
