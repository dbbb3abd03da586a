// The background's one onMessage listener. Every message is checked in the same order: the
// sender (our extension, from a tab or from our own pages), then the shape (zod), then whether
// this kind of sender may send this type. Anything wrong is answered `{ ok: false, error }`; the
// router never throws, so a sender always gets an answer instead of a closed port.
import type { Runtime } from 'webextension-polyfill';
import {
  errorText,
  failure,
  parseMessage,
  type MessageOfType,
  type MessageResults,
  type MessageType,
  type Response,
} from '../shared/messages.ts';
import { classifySender, type OwnExtension, type SenderKind } from '../shared/sender.ts';

const SENDER_NAMES: Record<SenderKind, string> = {
  'content-script': 'a content script',
  'extension-page': 'an extension page',
};

export interface MessageContext {
  kind: SenderKind;
  sender: Runtime.MessageSender;
}

export interface Route<T extends MessageType> {
  /** Which senders may send this message. */
  from: readonly SenderKind[];
  handle(
    message: MessageOfType<T>,
    context: MessageContext,
  ): MessageResults[T] | Promise<MessageResults[T]>;
}

export type Routes = { [T in MessageType]?: Route<T> };

export type MessageRouter = (
  message: unknown,
  sender: Runtime.MessageSender,
) => Promise<Response<unknown>>;

export function createMessageRouter(routes: Routes, own: OwnExtension): MessageRouter {
  return async (message, sender) => {
    try {
      const check = classifySender(sender, own);
      if (!check.ok) return failure(check.error);
      const parsed = parseMessage(message);
      if (!parsed.ok) return failure(parsed.error);
      const { type } = parsed.message;
      const route = routes[type] as Route<typeof type> | undefined;
      if (!route) return failure(`The background does not handle "${type}" messages`);
      if (!route.from.includes(check.kind)) {
        return failure(`"${type}" messages are not accepted from ${SENDER_NAMES[check.kind]}`);
      }
      return { ok: true, data: await route.handle(parsed.message, { kind: check.kind, sender }) };
    } catch (error) {
      return failure(`The background failed to handle the message: ${errorText(error)}`);
    }
  };
}
