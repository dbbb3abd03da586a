// Shows the lookup popover in a tab. The content script is not declared in the manifest (host
// access is optional): it is injected when the mentor asks for a lookup, which grants activeTab.
import browser from 'webextension-polyfill';
import contentScriptFile from '../content/content-script.ts?iife';
import { errorText, failure, type ResponseTo } from '../shared/messages.ts';
import { sendMessageToTab } from '../shared/send-message.ts';

export { contentScriptFile };

export async function showLookupInTab(
  tabId: number,
  text: string,
): Promise<ResponseTo<'show-lookup'>> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] });
  } catch (error) {
    // e.g. the browser's own pages and the web store, where no extension may run.
    return failure(`Mentorkit cannot run on this page: ${errorText(error)}`);
  }
  return sendMessageToTab(tabId, { type: 'show-lookup', text });
}
