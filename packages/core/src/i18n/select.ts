/**
 * A message that picks its words by one parameter's value, like an ICU `select` (a goal's name
 * by its code). The choices stay readable on the function (`choicesOf`), so the translators'
 * export (packages/glossary/src/review/message-strings.ts) shows each choice as its own text
 * instead of a bare placeholder, and a review covers every word a person can see.
 */
export type SelectMessage<Parameter extends string> = ((
  params: Readonly<Record<Parameter, string>>,
) => string) & { readonly choices: Readonly<Record<string, string>> };

/** The message for `parameter` that answers `choices[value]`, or the value itself when unknown. */
export function selectMessage<Parameter extends string>(
  parameter: Parameter,
  choices: Readonly<Record<string, string>>,
): SelectMessage<Parameter> {
  // String(): a value from a newer server or an untyped caller still gives text.
  const message = (params: Readonly<Record<Parameter, string>>): string => {
    const value = params[parameter];
    return Object.hasOwn(choices, value) ? choices[value]! : String(value);
  };
  return Object.assign(message, { choices });
}

/** The choices of a message made by `selectMessage`; undefined for any other message. */
export function choicesOf(message: unknown): Readonly<Record<string, string>> | undefined {
  if (typeof message !== 'function' || !Object.hasOwn(message, 'choices')) return undefined;
  const choices: unknown = Reflect.get(message, 'choices');
  return typeof choices === 'object' && choices !== null
    ? (choices as Readonly<Record<string, string>>)
    : undefined;
}
