/**
 * A message at one question: from our catalogue (with its limit), or the server's own words
 * (a 422's `detail`), always shown as text.
 */
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { FollowUpMessages } from './locales/sv.ts';

export type FieldError =
  | {
      readonly key:
        | 'followUpErrorChoose'
        | 'followUpErrorSince'
        | 'followUpErrorSinceFuture'
        | 'followUpErrorInvalid';
    }
  | { readonly key: 'followUpErrorHours' | 'followUpErrorTooLong'; readonly max: number }
  | { readonly text: string };

/** Question (`''` for the answers as a whole) → its first error, in the order shown. */
export type FieldErrors = ReadonlyMap<string, FieldError>;

export function errorText(
  error: FieldError,
  localize: LocalizeController<FollowUpMessages>,
): string {
  if ('text' in error) return error.text;
  if ('max' in error) return localize.term(error.key, { max: error.max });
  return localize.term(error.key);
}
