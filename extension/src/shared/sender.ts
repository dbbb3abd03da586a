// Who sent a message. Only our own extension may talk to us; a content script's message must come
// from a tab, a page's message from our own origin (popup, options, or one of them open in a tab).
import type { Runtime } from 'webextension-polyfill';

export type SenderKind = 'content-script' | 'extension-page';

export interface OwnExtension {
  /** `runtime.id` */
  id: string;
  /** `originOf(runtime.getURL('/'))`: chrome-extension://ID or moz-extension://UUID. */
  origin: string;
}

export type SenderCheck = { ok: true; kind: SenderKind } | { ok: false; error: string };

export function classifySender(
  sender: Pick<Runtime.MessageSender, 'id' | 'url' | 'tab'>,
  own: OwnExtension,
): SenderCheck {
  if (sender.id !== own.id) {
    return { ok: false, error: 'Refused a message from outside this extension' };
  }
  const origin = originOf(sender.url);
  if (origin === own.origin) return { ok: true, kind: 'extension-page' };
  if (sender.tab?.id !== undefined) return { ok: true, kind: 'content-script' };
  return { ok: false, error: 'Refused a message that came neither from a tab nor from our pages' };
}

export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // Not URL#origin: for schemes a runtime does not know (chrome-extension: in node, or any
    // opaque origin such as data:) it is the string "null", which would match another "null".
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : undefined;
  } catch {
    return undefined;
  }
}
