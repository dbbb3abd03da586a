// The notice of new signups to the programme's coordinators: one signup at once, or the day's
// signups as a digest. Only what a coordinator needs to decide to look (name, role, programme)
// and the link to the coordinator view, where the rest is behind the token. In Swedish, the
// coordinators' working language, until their accounts carry one (issue 19).
import { formatDate } from '@mentorkit/core';
import { html, mailDocument } from '../mail/html.ts';
import type { RenderedMail } from '../mail/link-mail.ts';

export interface NoticedSignup {
  name: string;
  kind: 'mentor' | 'mentee';
  programmeId: string | null;
}

const ROLE = { mentor: 'mentor', mentee: 'adept' } as const;

const line = (signup: NoticedSignup) =>
  `${signup.name}, ${ROLE[signup.kind]}${signup.programmeId ? `, programmet ${signup.programmeId}` : ''}`;

export function renderNoticeMail(
  signups: readonly NoticedSignup[],
  coordinatorUrl: string,
  digestDay?: Date,
): RenderedMail {
  const subject = digestDay
    ? `Nya anmälningar ${formatDate(digestDay, 'sv', { timeZone: 'Europe/Stockholm' })}: ${signups.length}`
    : `Ny anmälan: ${ROLE[signups[0]!.kind]}`;
  const intro =
    signups.length === 1 ? 'En ny anmälan har kommit in:' : `${signups.length} nya anmälningar:`;
  const text = [
    intro,
    '',
    ...signups.map((signup) => `- ${line(signup)}`),
    '',
    `Samordnarvyn: ${coordinatorUrl}`,
    '',
  ].join('\n');
  const body = html`<p>${intro}</p>
    <ul>
      ${signups.map((signup) => html`<li>${line(signup)}</li>`)}
    </ul>
    <p><a href="${coordinatorUrl}">Öppna samordnarvyn</a></p>`;
  return { subject, text, html: mailDocument('sv', subject, body) };
}
