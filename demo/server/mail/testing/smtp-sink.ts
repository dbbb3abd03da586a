// A real SMTP server in the test process (smtp-server): it receives what the backend sends
// through nodemailer and keeps each message parsed (mailparser), so that tests read the mail a
// person would get. `failNext(n)` refuses the next n messages with a temporary error (451).
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  received: ParsedMail[];
  failNext(count: number): void;
  close(): Promise<void>;
}

/** Starts the server; what it receives is pushed to `received` (a new list by default). */
export async function startSmtpSink(received: ParsedMail[] = []): Promise<SmtpSink> {
  let failures = 0;
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust, no password to check.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(count) {
      failures = count;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
