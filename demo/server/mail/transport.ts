// How a mail leaves: SMTP through nodemailer, to any provider (MENTORKIT_SMTP_URL, e.g.
// smtp://user:pass@smtp.example.org:587; smtps:// for implicit TLS). Without a URL there is no
// transport and mail stays in the outbox, where the coordinator view shows it.
import type * as nodemailerTypes from 'nodemailer';
import { importAtRuntime } from '../db/load-module.ts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The same on every attempt, so a copy sent twice after a crash is recognisably one mail. */
  messageId: string;
  lang: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

type NodemailerModule = typeof nodemailerTypes;

export async function createSmtpTransport(smtpUrl: string): Promise<MailTransport> {
  const imported = (await importAtRuntime('nodemailer')) as NodemailerModule & {
    default?: NodemailerModule;
  };
  const nodemailer = imported.default ?? imported;
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.lang },
      });
    },
    close: () => transporter.close(),
  };
}
