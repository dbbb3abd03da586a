// Every message between the parts of the extension, as one discriminated union of zod/mini
// schemas. Senders validate before sending and receivers validate again: a content script runs
// next to page code we do not control, so nothing that arrives is trusted by its type alone.
import * as z from 'zod/mini';
import { MENTEE_LANGUAGE_CODES, type MenteeLanguage } from './languages.ts';

/** Longest selection we accept for a lookup; a term is a word or a short phrase. */
export const MAX_LOOKUP_TEXT_LENGTH = 200;

/** Longest query of the popup's glossary search box. */
export const MAX_SEARCH_QUERY_LENGTH = 100;

/** Most text pieces and characters per `find-terms` message (the highlighter sends batches). */
export const MAX_FIND_TERMS_TEXTS = 2000;
export const MAX_FIND_TERMS_CHARS = 200_000;

/**
 * The schemas, built on first use rather than as the module loads: every page and the service
 * worker import this module, and the popup has its form on screen before it sends a message
 * (`npm run bench -- "popup open"`).
 */
function buildSchemas() {
  const lookupText = z
    .string()
    .check(z.trim(), z.minLength(1), z.maxLength(MAX_LOOKUP_TEXT_LENGTH));

  /**
   * The mentee language a card is asked in (null: none). Absent: the background's choice, the
   * language of the mentee met most recently (features/lookup/background-lookup.ts).
   */
  const cardLanguage = z.optional(z.nullable(z.enum(MENTEE_LANGUAGE_CODES)));

  const pingMessage = z.strictObject({ type: z.literal('ping') });

  /** Content script or popup → background: explain this term. */
  const lookupTermMessage = z.strictObject({
    type: z.literal('lookup-term'),
    text: lookupText,
    language: cardLanguage,
  });

  /** Background → content script: show the lookup popover for the selected text. */
  const showLookupMessage = z.strictObject({
    type: z.literal('show-lookup'),
    text: lookupText,
    /** Move focus into the popover (the shortcut); a mouse-opened popover leaves focus alone. */
    focus: z.optional(z.boolean()),
  });

  /** Popup → background: fuzzy search of the glossary (a typo still finds the term). */
  const searchGlossaryMessage = z.strictObject({
    type: z.literal('search-glossary'),
    query: z.string().check(z.trim(), z.maxLength(MAX_SEARCH_QUERY_LENGTH)),
    language: cardLanguage,
  });

  /**
   * Popup → background: build the glossary now, before the first search. The popup sends it as
   * it opens, so that the index is usually ready by the time the mentor has typed a word.
   */
  const prepareGlossaryMessage = z.strictObject({ type: z.literal('prepare-glossary') });

  /** Content script → background: where known terms are in these pieces of page text. */
  const findTermsMessage = z.strictObject({
    type: z.literal('find-terms'),
    texts: z.array(z.string().check(z.maxLength(MAX_FIND_TERMS_CHARS))).check(
      z.maxLength(MAX_FIND_TERMS_TEXTS),
      z.refine(
        (texts) => texts.reduce((sum, text) => sum + text.length, 0) <= MAX_FIND_TERMS_CHARS,
        {
          message: `At most ${MAX_FIND_TERMS_CHARS} characters per message`,
        },
      ),
    ),
  });

  /** Extension page → background: sessions changed or a page opened; send what waits (#18). */
  const syncSessionsMessage = z.strictObject({ type: z.literal('sync-sessions') });

  /** Extension page → background: sessions changed; set the follow-up reminders again (#18). */
  const planRemindersMessage = z.strictObject({ type: z.literal('plan-reminders') });

  const extensionMessage = z.discriminatedUnion('type', [
    pingMessage,
    lookupTermMessage,
    showLookupMessage,
    searchGlossaryMessage,
    prepareGlossaryMessage,
    findTermsMessage,
    syncSessionsMessage,
    planRemindersMessage,
  ]);

  const responseEnvelope = z.union([
    z.object({ ok: z.literal(true), data: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);

  return { extensionMessage, responseEnvelope };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;
const messageSchemas = () => (schemas ??= buildSchemas());

export type ExtensionMessage = z.infer<ReturnType<typeof buildSchemas>['extensionMessage']>;
export type MessageType = ExtensionMessage['type'];
export type MessageOfType<T extends MessageType> = Extract<ExtensionMessage, { type: T }>;

/** The term in the mentee's language, as the card shows it. */
export interface MenteeText {
  /** BCP 47 code of the mentee's language (the one the card was asked in). */
  language: string;
  dir: 'ltr' | 'rtl';
  text: string;
  explanation?: string;
  /** False: machine-assisted translation, labelled as such. */
  reviewed: boolean;
}

/** A glossary entry as the lookup popover and the popup's search show it. */
export interface LookupEntry {
  id: string;
  lemma: string;
  /** The words that were looked up, as they stand in the selection ("kollektivavtalet"). */
  found: string;
  /** The form of the term that matched, as spelt in the glossary. */
  matchedForm: string;
  partOfSpeech: string;
  explanation: { sv: string; en: string };
  mentee?: MenteeText;
  example?: string;
  related: { id: string; lemma: string }[];
  source?: string;
  /** The law paragraph the explanation rests on ("6 § lagen (1982:80) om anställningsskydd"). */
  basis?: string;
  /** The day the explanation was checked against what it rests on; absent: not yet checked. */
  checked?: string;
  /** Name of the organisation's glossary pack the term comes from; absent for the bundled one. */
  pack?: string;
}

/**
 * The mentee languages of an answer with cards: the one the cards are in, and every language of
 * the mentor's mentees (most recently met first), which the card offers to choose from.
 */
export interface CardLanguages {
  language: MenteeLanguage | null;
  languages: MenteeLanguage[];
}

/** What a successful answer carries, per message type. */
export interface MessageResults {
  ping: { extensionVersion: string };
  /** `closest`: lemmas near the text (fuzzy), offered when nothing matched. */
  'lookup-term': { text: string; entries: LookupEntry[]; closest?: string[] } & CardLanguages;
  'show-lookup': { shown: boolean };
  'search-glossary': { query: string; entries: LookupEntry[] } & CardLanguages;
  'prepare-glossary': { ready: true };
  /** Per text piece, the found terms as flat [start, end, start, end, …] offsets. */
  'find-terms': { ranges: number[][] };
  /** How many changes reached the programme in this run. */
  'sync-sessions': { sent: number };
  /** How many reminders are set. */
  'plan-reminders': { planned: number };
}

export type Response<T> = { ok: true; data: T } | { ok: false; error: string };
export type ResponseTo<T extends MessageType> = Response<MessageResults[T]>;

export type ParseResult = { ok: true; message: ExtensionMessage } | { ok: false; error: string };

/** Validates an incoming or outgoing message; the error names each field that is wrong. */
export function parseMessage(value: unknown): ParseResult {
  const result = messageSchemas().extensionMessage.safeParse(value);
  if (result.success) return { ok: true, message: result.data };
  return { ok: false, error: `Invalid message: ${describeIssues(result.error.issues)}` };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map(
      (issue) =>
        `${issue.path.length ? issue.path.map(String).join('.') : 'message'}: ${issue.message}`,
    )
    .join('; ');
}

export function failure(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/**
 * Validates `message`, hands it to `send` and checks the envelope of the answer. Never rejects:
 * a bad message, a missing receiver or a malformed answer all come back as `{ ok: false, error }`.
 */
export async function deliverMessage<T extends MessageType>(
  message: MessageOfType<T>,
  send: (valid: ExtensionMessage) => Promise<unknown>,
): Promise<ResponseTo<T>> {
  const parsed = parseMessage(message);
  if (!parsed.ok) return failure(parsed.error);
  let answer: unknown;
  try {
    answer = await send(parsed.message);
  } catch (error) {
    return failure(`Could not deliver "${message.type}": ${errorText(error)}`);
  }
  if (!messageSchemas().responseEnvelope.safeParse(answer).success) {
    return failure(`No valid answer to "${message.type}"`);
  }
  return answer as ResponseTo<T>;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
