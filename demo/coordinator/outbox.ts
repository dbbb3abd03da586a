// The outbox: every mail the backend wrote (confirmations, coordinators' notices), whether it
// was sent and why not. Without SMTP (the demo's default) the mails are read here. Both parts
// are shown as text: the HTML part as its source, never rendered (the view's policy allows no
// HTML from strings, and a mail's HTML holds what people typed).
import { apiJson } from './api.ts';
import type { OutboxMail, OutboxView } from './api-types.ts';
import { languageWords, mailKindWords } from './code-words.ts';
import { byId, h } from './dom.ts';
import { formatDateTime } from './format.ts';

function statusOf(mail: OutboxMail, smtpConfigured: boolean): HTMLElement {
  if (mail.sentAt) {
    return h('p', { className: 'feed-ok' }, `Sent ${formatDateTime(mail.sentAt)}.`);
  }
  if (mail.lastError) {
    return h(
      'p',
      { className: 'error' },
      `Not sent yet (${mail.attempts} ${mail.attempts === 1 ? 'try' : 'tries'}): ${mail.lastError}. It is tried again later.`,
    );
  }
  return h(
    'p',
    { className: 'muted' },
    smtpConfigured ? 'Waiting to be sent.' : 'Kept here: no SMTP server is configured.',
  );
}

function mailCard(mail: OutboxMail, smtpConfigured: boolean): HTMLLIElement {
  const headingId = `outbox-${mail.id}`;
  return h(
    'li',
    {
      className: 'card',
      'data-outbox-id': mail.id,
      'data-kind': mail.kind,
      'aria-labelledby': headingId,
    },
    h('h3', { id: headingId, lang: mail.lang }, mail.subject),
    h(
      'p',
      {},
      `To ${mail.recipient}, written ${formatDateTime(mail.createdAt)} (${mailKindWords(mail.kind)}, in ${languageWords(mail.lang)}).`,
    ),
    statusOf(mail, smtpConfigured),
    h(
      'details',
      {},
      h('summary', {}, 'Plain text'),
      h('pre', { className: 'mail-text', lang: mail.lang, dir: 'auto' }, mail.text),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'HTML part (source)'),
      h('pre', { className: 'mail-html' }, mail.html),
    ),
  );
}

export async function loadOutbox(): Promise<void> {
  const view = await apiJson<OutboxView>('/api/coordinator/outbox');
  byId('outbox-intro', HTMLElement).textContent = view.smtpConfigured
    ? 'Mail is sent through the SMTP server the backend was started with.'
    : 'No SMTP server is configured (MENTORKIT_SMTP_URL), so mail is kept here and not sent.';
  byId('outbox', HTMLUListElement).replaceChildren(
    ...view.mails.map((mail) => mailCard(mail, view.smtpConfigured)),
  );
  if (view.mails.length === 0) {
    byId('outbox', HTMLUListElement).append(h('li', { className: 'muted' }, 'No mail yet.'));
  }
}
