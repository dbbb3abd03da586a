// The options page's "Share sessions with your programme": connect a mentee of the log to the
// programme's backend with the code from the mentor's match page, see what is shared, and
// disconnect. The host permission is asked for that origin only, in the click on Connect
// (permissions.request needs the gesture, so nothing is awaited before it), and given back on
// disconnect, after the backend was asked to delete what it holds.
import browser from 'webextension-polyfill';
import { html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { t } from '../../shared/i18n.ts';
import { errorText } from '../../shared/messages.ts';
import { mountOnce } from '../../shared/mount-once.ts';
import {
  allSessions,
  database,
  onSessionsChanged,
  requestSync,
} from '../../storage/page-database.ts';
import { menteesOf, type Mentee } from '../../storage/session-store.ts';
import type { ProgrammeConnection } from '../../storage/sync-records.ts';
import { giveBackAccess } from '../sites/site-access.ts';
import { siteLabel, sitePattern } from '../sites/sites.ts';
import { parseConnectCode } from './connect-code.ts';
import { listConnections, removeConnection, saveConnection } from './connections.ts';
import { connectToProgramme, sendDisconnect } from './programme-api.ts';
import { onSyncChanged } from './sync-channel.ts';

export function connectSection(): TemplateResult {
  return html`<section
    class="programme"
    aria-labelledby="programme-heading"
    ${ref(mount)}
  ></section>`;
}

const mount = mountOnce((host) => start(host, new AbortController().signal));

type Status = { kind: 'none' } | { kind: 'ok' | 'error'; text: string };

async function start(host: HTMLElement, signal: AbortSignal): Promise<void> {
  let mentees: Mentee[] = [];
  let connections: ProgrammeConnection[] = [];
  let status: Status = { kind: 'none' };
  let busy = false;
  const fetcher = (input: string, init?: RequestInit) => fetch(input, init);

  const refresh = async () => {
    try {
      const db = await database();
      [mentees, connections] = await Promise.all([
        allSessions().then(menteesOf),
        listConnections(db),
      ]);
    } catch (failure) {
      status = { kind: 'error', text: t('programmeFailed', errorText(failure)) };
    }
    update();
  };

  const aliasOf = (menteeId: string) =>
    mentees.find((mentee) => mentee.id === menteeId)?.alias ?? menteeId;

  const connect = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const form = event.target as HTMLFormElement;
    const code = parseConnectCode(
      form.querySelector<HTMLInputElement>('#programme-code')?.value ?? '',
    );
    const menteeId = form.querySelector<HTMLSelectElement>('#programme-mentee')?.value ?? '';
    if (!code) {
      status = { kind: 'error', text: t('programmeCodeInvalid') };
      update();
      host.querySelector<HTMLElement>('#programme-code')?.focus();
      return;
    }
    if (!menteeId) {
      status = { kind: 'error', text: t('programmeMenteeMissing') };
      update();
      host.querySelector<HTMLElement>('#programme-mentee')?.focus();
      return;
    }
    // In the click, before anything is awaited: the browser asks the mentor now.
    const pattern = sitePattern(code.origin);
    const asked = browser.permissions.request({ origins: [pattern] });
    busy = true;
    status = { kind: 'none' };
    update();
    void (async () => {
      try {
        if (!(await asked)) {
          status = { kind: 'error', text: t('programmeDenied', siteLabel(code.origin)) };
          return;
        }
        const answer = await connectToProgramme(fetcher, code.origin, code.matchToken);
        if (!answer.ok) {
          if (!connections.some((known) => known.origin === code.origin)) {
            await giveBackAccess(code.origin);
          }
          status = { kind: 'error', text: t('programmeConnectFailed', answer.reason) };
          return;
        }
        await saveConnection(await database(), {
          menteeId,
          origin: code.origin,
          token: answer.connection.token,
          menteeName: answer.connection.menteeName,
          connectedAt: new Date().toISOString(),
        });
        form.reset();
        status = {
          kind: 'ok',
          text: t('programmeConnected', [aliasOf(menteeId), siteLabel(code.origin)]),
        };
        requestSync();
      } catch (failure) {
        status = { kind: 'error', text: t('programmeFailed', errorText(failure)) };
      } finally {
        busy = false;
        await refresh();
      }
    })();
  };

  const disconnect = async (connection: ProgrammeConnection) => {
    if (busy) return;
    busy = true;
    status = { kind: 'none' };
    update();
    try {
      const outcome = await sendDisconnect(fetcher, connection.origin, connection.token);
      // Unauthorized: the backend no longer knows the connection, so holds nothing of it.
      if (outcome.kind === 'retry' || outcome.kind === 'refused') {
        status = { kind: 'error', text: t('programmeDisconnectFailed', outcome.reason) };
        return;
      }
      await removeConnection(await database(), connection.menteeId);
      const others = connections.filter((other) => other.menteeId !== connection.menteeId);
      if (!others.some((other) => other.origin === connection.origin)) {
        await giveBackAccess(connection.origin);
      }
      status = {
        kind: 'ok',
        text: t('programmeDisconnected', [
          aliasOf(connection.menteeId),
          siteLabel(connection.origin),
        ]),
      };
    } catch (failure) {
      status = { kind: 'error', text: t('programmeFailed', errorText(failure)) };
    } finally {
      busy = false;
      await refresh();
    }
  };

  const connectionItem = (connection: ProgrammeConnection) => {
    const alias = aliasOf(connection.menteeId);
    const site = siteLabel(connection.origin);
    return html`<li>
      <span>${t('programmeConnection', [alias, site, connection.menteeName])}</span>
      ${connection.refused ? html`<span class="error">${t('programmeRefused')}</span>` : nothing}
      <button type="button" ?disabled=${busy} @click=${() => void disconnect(connection)}>
        ${t('programmeDisconnect', alias)}
      </button>
    </li>`;
  };

  const update = () => {
    if (signal.aborted) return;
    const free = mentees.filter((mentee) => !connections.some((c) => c.menteeId === mentee.id));
    render(
      html`
        <h2 id="programme-heading" tabindex="-1">${t('programmeHeading')}</h2>
        <p class="hint">${t('programmeHint')}</p>
        ${
          connections.length
            ? html`<ul class="programme-list">
                ${connections.map(connectionItem)}
              </ul>`
            : nothing
        }
        <form @submit=${connect} novalidate aria-describedby="programme-shared">
          <label for="programme-code">${t('programmeCode')}</label>
          <input
            id="programme-code"
            dir="ltr"
            type="url"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="programme-code-hint"
          />
          <p id="programme-code-hint" class="hint">${t('programmeCodeHint')}</p>
          <label for="programme-mentee">${t('programmeMentee')}</label>
          <select id="programme-mentee" aria-describedby="programme-mentee-hint">
            <option value="">${t('programmeMenteeChoose')}</option>
            ${free.map((mentee) => html`<option value=${mentee.id}>${mentee.alias}</option>`)}
          </select>
          <p id="programme-mentee-hint" class="hint">${t('programmeMenteeHint')}</p>
          <div id="programme-shared" class="shared-list">
            <p>${t('programmeShared')}</p>
            <p>${t('programmeNotShared')}</p>
          </div>
          <button type="submit" ?disabled=${busy}>${t('programmeConnect')}</button>
        </form>
        <p role="status">${status.kind === 'ok' ? status.text : ''}</p>
        <p role="alert" class="error">${status.kind === 'error' ? status.text : ''}</p>
      `,
      host,
    );
  };

  onSessionsChanged(() => void refresh(), signal);
  onSyncChanged(() => void refresh(), signal);
  await refresh();
}
