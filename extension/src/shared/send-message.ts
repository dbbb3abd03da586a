// Sending through the browser; the validation lives in messages.ts so it can be tested in node.
import browser from 'webextension-polyfill';
import {
  deliverMessage,
  type ExtensionMessage,
  type MessageOfType,
  type MessageType,
  type ResponseTo,
} from './messages.ts';

/** Sends a message to the background (from a content script or an extension page). */
export function sendMessage<T extends MessageType>(
  message: MessageOfType<T>,
): Promise<ResponseTo<T>> {
  return deliverMessage<T>(message, (valid: ExtensionMessage) =>
    browser.runtime.sendMessage(valid),
  );
}

/** Sends a message to the content script in one tab (from the background or a page). */
export function sendMessageToTab<T extends MessageType>(
  tabId: number,
  message: MessageOfType<T>,
): Promise<ResponseTo<T>> {
  return deliverMessage<T>(message, (valid: ExtensionMessage) =>
    browser.tabs.sendMessage(tabId, valid),
  );
}
