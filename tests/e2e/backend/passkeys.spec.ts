// Passkeys in Chromium against the real backend, with Chromium's virtual authenticator (over
// CDP: WebAuthn.enable, WebAuthn.addVirtualAuthenticator) in place of a phone or a security key:
// the first administrator adds a passkey after signing in, signs out, signs in with it (the
// audit log says how), a copy of the passkey whose counter went back is refused (a cloned
// authenticator), and removing the passkey ends it. The page is on localhost, as WebAuthn takes
// no IP address for its relying party, and the backend's public address says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../support/pinned-clock.ts';
import { freePort, startServerProcess, type ServerProcess } from './backend-helpers.ts';

test.describe.configure({ timeout: 180_000 });

const TOKEN = 'passkeys-test-token-not-secret-0123456789';

interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId: string;
  privateKey: string;
  userHandle: string;
  signCount: number;
}

test('a coordinator adds a passkey, signs in with it, a cloned one is refused, and removes it', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-passkeys-'));
  const port = await freePort();
  const base = `http://localhost:${port}`;
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(port, {
      MENTORKIT_DATA_DIR: dataDir,
      MENTORKIT_COORDINATOR_TOKEN: TOKEN,
      MENTORKIT_PUBLIC_URL: `${base}/`,
      MENTORKIT_SEED: '0',
      MENTORKIT_SIGNUP_RATE: 'off',
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    const credentials = async () =>
      (
        (await cdp.send('WebAuthn.getCredentials', { authenticatorId })) as {
          credentials: VirtualCredential[];
        }
      ).credentials;

    await page.goto(`${base}/coordinator/`);
    await page.getByLabel('Coordinator token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.locator('#signed-in-as')).toContainText('First administrator');

    // Add one, named.
    await page.getByText('Your passkeys').click();
    await expect(page.locator('#passkeys')).toHaveText('No passkeys yet.');
    await page.getByLabel(/^Name of the passkey/).fill('Work laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await expect(page.locator('mk-passkeys .notice')).toHaveText(
      'The passkey "Work laptop" was added. Next time, sign in with it.',
    );
    await expect(page.locator('#passkeys')).toContainText('Work laptop');
    await expect(page.locator('#passkeys')).toContainText('not used yet');
    const [made] = await credentials();
    expect(made).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });
    const axe = await new AxeBuilder({ page }).include('mk-passkeys').analyze();
    expect(axe.violations).toEqual([]);

    // Signed out, in again with the passkey: no address, no mail.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await expect(page.locator('#signed-in-as')).toContainText('First administrator');
    await expect(page.locator('#passkeys')).toContainText('last used');
    const audit = page.locator('#audit-table tbody tr[data-action="signed-in"]');
    await expect(audit.first()).toContainText('Signed in with a passkey');

    // A copy of the passkey whose counter is behind the one the server saw is a clone: refused.
    const [used] = await credentials();
    expect(used!.signCount).toBeGreaterThan(made!.signCount);
    await cdp.send('WebAuthn.removeCredential', {
      authenticatorId,
      credentialId: used!.credentialId,
    });
    await cdp.send('WebAuthn.addCredential', {
      authenticatorId,
      credential: { ...used!, signCount: 0 },
    });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await expect(page.locator('#passkey-error')).toHaveText(
      'The passkey could not be checked. Try again.',
    );
    await expect(page.locator('#workspace')).toBeHidden();

    // Removed: it signs in no more.
    await page.getByLabel('Coordinator token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // "Your passkeys" is still open from before.
    await expect(page.locator('#passkeys-section')).toHaveAttribute('open', '');
    // Removal cannot be undone, so it asks first.
    await page.getByRole('button', { name: 'Remove passkey Work laptop' }).click();
    await expect(page.locator('mk-passkeys .confirm-question')).toContainText('cannot be undone');
    await page.getByRole('button', { name: 'Yes, remove Work laptop' }).click();
    await expect(page.locator('mk-passkeys .notice')).toHaveText(
      'The passkey "Work laptop" was removed.',
    );
    await expect(page.locator('#passkeys')).toHaveText('No passkeys yet.');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await expect(page.locator('#passkey-error')).toHaveText(
      'This passkey does not sign in here. Sign in with your e-mail address.',
    );
  } finally {
    if (server) expect(await server.stop(), server.output()).toEqual({ code: 0, signal: null });
    rmSync(dataDir, { recursive: true, force: true });
  }
});
