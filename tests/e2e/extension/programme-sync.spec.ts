// The mentor's extension and the programme's backend (issue 18), in Chromium with the built
// extension against a real backend process of the spec's own (so that it can be "offline":
// stopped, and started again on its data). The mentor connects the extension with the code on
// their match page, logs a session (flagged, with a shared note) while the backend is down,
// and it reaches the coordinator once the backend is back: one meeting, the flagged session in
// the coordinator view, which marks it handled. Disconnecting gives the host permission back
// and deletes what the backend held.
//
// The browser's own "Allow" prompt for the host permission cannot be clicked by a test; the
// spec grants the site on chrome://extensions first (as a mentor can there too), after which
// permissions.request resolves at once, still from the click on Connect.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { SignupSubmission } from '@mentorkit/core';
import { menteeSubmission, mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import type {
  MatchListEntry,
  ProposedMatch,
} from '../../../demo/server/api/coordinator-match-routes.ts';
import type { SharedSessionsAnswer } from '../../../demo/server/extension-sync/shared-sessions.ts';
import {
  coordinatorHeaders,
  freePort,
  startServerProcess,
  type ServerProcess,
} from '../backend/backend-helpers.ts';
import { OPTIONS_PATH, expect, test, type WithChrome } from '../../support/extension.ts';
import { PINNED_NOW, pinnedToday } from '../../support/pinned-clock.ts';
import { SESSIONS_PATH } from './sessions-helpers.ts';
import { expectNoCodes } from '../backend/codes-on-screen.ts';

// Two backend starts and a browser on a shared machine take a while.
test.describe.configure({ timeout: 300_000 });

const TOKEN = 'programme-sync-e2e-coordinator-token';

/** The coordinator API as the first administrator, signed in with the token (a new session). */
async function api<T>(server: ServerProcess, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(await coordinatorHeaders(server.url, TOKEN)),
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

async function signUp(server: ServerProcess, submission: SignupSubmission): Promise<string> {
  const response = await fetch(`${server.url}/api/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
    body: JSON.stringify(submission),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Grants the programme's origin on chrome://extensions, as the mentor's "Allow" would. */
async function allowSite(context: BrowserContext, extensionId: string, origin: string) {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, pattern]) =>
      (
        globalThis as unknown as {
          chrome: {
            developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
          };
        }
      ).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [extensionId, `${origin}/*`],
  );
  await page.close();
}

const hasPermission = (worker: Worker, origin: string) =>
  worker.evaluate(async (pattern) => {
    const { chrome } = globalThis as unknown as WithChrome;
    return chrome.permissions.contains({ origins: [pattern] });
  }, `${origin}/*`);

const axeViolations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations;

test('a session logged offline reaches the coordinator once; a flag is handled; disconnect deletes', async ({
  context,
  extensionId,
  extensionUrl,
  serviceWorker,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'mentorkit-programme-sync-'));
  const port = await freePort();
  const env = {
    MENTORKIT_DATA_DIR: dataDir,
    MENTORKIT_COORDINATOR_TOKEN: TOKEN,
    MENTORKIT_SEED: '0',
    // The programme's days are the browser's pinned days: the session is on the match's first.
    MENTORKIT_CLOCK: new Date(PINNED_NOW).toISOString(),
  };
  let server = await startServerProcess(port, env);
  try {
    // A running match: proposed by the coordinator, accepted by both.
    const mentorId = await signUp(
      server,
      mentorSubmission({ person: { name: 'Nils Sawmill', email: 'nils.sync@example.org' } }),
    );
    const menteeId = await signUp(
      server,
      menteeSubmission({ person: { name: 'Layla Sync', email: 'layla.sync@example.org' } }),
    );
    const proposed = await api<ProposedMatch>(server, '/api/coordinator/matches', {
      mentorId,
      menteeId,
    });
    const matchId = proposed.profile.id;
    for (const url of Object.values(proposed.participantUrls)) {
      const token = /\/match\/([A-Za-z0-9_-]{43})$/.exec(url)![1]!;
      const accepted = await fetch(`${server.url}/api/participant/${token}/accept`, {
        method: 'POST',
      });
      expect(accepted.status).toBe(200);
    }
    const mentorToken = /\/match\/([A-Za-z0-9_-]{43})$/.exec(proposed.participantUrls.mentor)![1]!;

    // The mentor's match page shows the connect code.
    const page = await context.newPage();
    await page.goto(`${server.url}/match/${mentorToken}`);
    const code = await page.getByLabel('Anslutningskod').inputValue();
    expect(code).toBe(`${server.url}/match/${mentorToken}`);
    expect(await axeViolations(page)).toEqual([]);

    // A first session with the mentee, so that the mentee is in the log to connect.
    await page.goto(extensionUrl(SESSIONS_PATH));
    await page.getByLabel('Mentee', { exact: true }).fill('Layla');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('sessions-status')).toContainText('Layla');

    // Connect in the options page: what is shared is said before; the permission is asked.
    await allowSite(context, extensionId, server.url);
    await page.goto(extensionUrl(OPTIONS_PATH));
    const section = page.locator('section.programme');
    await expect(section).toContainText('a note only when you tick');
    await section.getByLabel('Connect code: the address of your match page').fill(code);
    await section
      .getByLabel('Which mentee in your log is this match?')
      .selectOption({ label: 'Layla' });
    expect(await axeViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Connect' }).click();
    await expect(section.getByRole('status')).toHaveText(
      `Connected: sessions with Layla are shared with 127.0.0.1:${port}.`,
    );
    expect(await hasPermission(serviceWorker, server.url)).toBe(true);

    // The first session reaches the programme (sent when the page asked after connecting).
    await page.goto(extensionUrl(SESSIONS_PATH));
    const list = page.locator('.session-list');
    await expect(list.locator('[data-sync="shared"]')).toHaveCount(1);

    // Offline: the backend is down while the mentor logs a flagged session with a shared note.
    expect((await server.stop()).code).toBe(0);
    await page.getByLabel('Mentee', { exact: true }).fill('Layla');
    await page.getByRole('checkbox', { name: 'CV' }).check();
    await page.getByLabel('Notes').fill('Worried about the night shifts.');
    await page.getByLabel('Share this note with the coordinator').check();
    await page.getByLabel('Needs coordinator attention').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(list.locator('[data-sync="waiting"]')).toHaveCount(1);
    await expect(list.locator('[data-sync="waiting"]')).toContainText('Not sent to');
    expect(await axeViolations(page)).toEqual([]);

    // Online again: opening the sessions page sends what waited.
    server = await startServerProcess(port, env);
    await page.reload();
    await expect(list.locator('[data-sync="shared"]')).toHaveCount(2);
    await expect(list.locator('[data-sync="shared"]').first()).toContainText('The note too.');
    // A second run (another page opening) sends nothing again.
    await page.reload();
    await expect(list.locator('[data-sync="shared"]')).toHaveCount(2);

    // The coordinator sees it once: one meeting (two sessions on one day), the flagged session.
    const entry = (await api<MatchListEntry[]>(server, '/api/coordinator/matches')).find(
      (match) => match.profile.id === matchId,
    );
    expect(entry?.profile.meetingsHeld).toBe(1);
    expect(entry?.lastMeeting).toBe(pinnedToday());
    const shared = await api<SharedSessionsAnswer>(server, '/api/coordinator/shared-sessions');
    expect(shared.matches).toMatchObject([{ matchId, connected: true, sessions: 2 }]);
    expect(shared.flagged).toHaveLength(1);

    // In the coordinator view: the flagged session with its note, marked handled.
    const coordinator = await context.newPage();
    await coordinator.goto(`${server.url}/coordinator/`);
    await coordinator.getByLabel('Coordinator token').fill(TOKEN);
    await coordinator.getByRole('button', { name: 'Sign in' }).click();
    const flagged = coordinator.locator('#flagged-sessions li.card');
    await expect(flagged).toHaveCount(1);
    await expect(flagged).toContainText('Worried about the night shifts.');
    // The way they met and the topics in words, as the mentor chose them.
    await expect(flagged).toContainText('CV');
    await expectNoCodes(flagged);
    await expect(coordinator.locator('#shared-sessions-matches tr')).toContainText('Connected');
    await flagged.getByRole('button', { name: /^Mark handled/ }).click();
    await expect(flagged).toHaveAttribute('data-handled', 'true');
    await expect(flagged).toContainText('Handled');
    // This section's own check: the rest of the view is the coordinator suites'.
    const sectionAxe = await new AxeBuilder({ page: coordinator })
      .include('#shared-sessions')
      .analyze();
    expect(sectionAxe.violations).toEqual([]);

    // Disconnect: the backend deletes what it held, the permission goes back.
    await page.goto(extensionUrl(OPTIONS_PATH));
    await section.getByRole('button', { name: 'Disconnect Layla' }).click();
    await expect(section.getByRole('status')).toContainText('Disconnected');
    expect(await hasPermission(serviceWorker, server.url)).toBe(false);
    const after = await api<SharedSessionsAnswer>(server, '/api/coordinator/shared-sessions');
    expect(after).toEqual({ matches: [], flagged: [] });
    const matchAfter = (await api<MatchListEntry[]>(server, '/api/coordinator/matches')).find(
      (match) => match.profile.id === matchId,
    );
    expect(matchAfter?.profile.meetingsHeld).toBe(0);
    await page.goto(extensionUrl(SESSIONS_PATH));
    await expect(page.locator('.session-list li')).toHaveCount(2);
    await expect(page.locator('[data-sync]')).toHaveCount(0);
  } finally {
    await server.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
});
