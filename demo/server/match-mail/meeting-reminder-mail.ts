// The reminder to an active match's two people when they have not met for a while: the other
// person by first name, the days since they last met (or since the start), and the reader's
// own link to their card, where a meeting can be recorded.
import type { Locale } from '@mentorkit/core';
import { renderLinkMail, type RenderedMail } from '../mail/link-mail.ts';
import { MEETING_REMINDER_MESSAGES } from './meeting-reminder-messages.ts';

export interface MeetingReminderInput {
  locale: Locale;
  name: string;
  otherName: string;
  /** Whole days since the last meeting, or since the start when none is recorded. */
  days: number;
  metBefore: boolean;
  link: string;
  expiresAt: Date;
}

export function renderMeetingReminderMail(input: MeetingReminderInput): RenderedMail {
  const messages = MEETING_REMINDER_MESSAGES[input.locale];
  const opening = input.metBefore
    ? messages.body(input.otherName, input.days)
    : messages.bodyNoMeetingYet(input.otherName, input.days);
  return renderLinkMail({
    ...input,
    subject: messages.subject,
    blocks: [[opening], [messages.instruction]],
    button: messages.button,
  });
}
