// A server command for the component tests: `executeServerCommand('mk-forced-colors', { active })`
// turns Chromium's forced-colours mode (Windows High Contrast) on or off for the test's page,
// over CDP. @web/test-runner's own emulateMedia knows no `forced-colors`, and puppeteer's
// emulateMediaFeatures refuses the name. Firefox (WebDriver BiDi) cannot emulate it: the
// command answers false there and the tests that need it say so and skip.
export const forcedColorsPlugin = {
  name: 'mk-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'mk-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer' || session.browser.name === 'Firefox') return false;
    const page = session.browser.getPage(session.id);
    const client = await page.createCDPSession();
    await client.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};
