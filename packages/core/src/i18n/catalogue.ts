/**
 * Typed message catalogues. The Swedish source catalogue defines every key and, for messages
 * with parameters, their types; every other language's catalogue must have the same keys with
 * the same signatures, so a missing or mistyped translation is a compile error (and, for data
 * loaded at run time, a failing `missingKeys` test).
 */
import { SOURCE_LOCALE, FALLBACK_LOCALE } from './locales.ts';
import type { Locale } from './locales.ts';

/**
 * A message is text, or a function of typed parameters returning text. Functions choose plural
 * forms themselves (see `plural`), because only the catalogue's author knows the grammar.
 */
// `never` accepts a function of any one parameter type; each catalogue narrows it.
export type Message = string | ((params: never) => string);

export type SourceCatalogue = Readonly<Record<string, Message>>;

/**
 * A translation of `Source`: every key, string messages as strings (any text) and function
 * messages with exactly the source's parameters.
 */
export type CatalogueOf<Source extends SourceCatalogue> = {
  readonly [Key in keyof Source]: Source[Key] extends string ? string : Source[Key];
};

/** What a partner may override on an element: any subset of the keys, same signatures. */
export type CatalogueOverrides<Source extends SourceCatalogue> = Partial<CatalogueOf<Source>>;

/**
 * The catalogues available at run time. Swedish is always there (it is bundled); the others
 * are loaded on demand and may be absent or, if they come from a partner, incomplete.
 */
export type LoadedCatalogues<Source extends SourceCatalogue> = { readonly sv: Source } & {
  readonly [L in Exclude<Locale, 'sv'>]?: CatalogueOverrides<Source>;
};

/** The parameters a message takes: none for text, the one object for a function. */
export type MessageParams<M> = M extends (params: infer Params) => string ? [params: Params] : [];

/** Where a message is looked for: the locale itself, then English, then the Swedish source. */
export function messageFallbackChain(locale: Locale): Locale[] {
  return [...new Set<Locale>([locale, FALLBACK_LOCALE, SOURCE_LOCALE])];
}

/**
 * The text for `key` in `locale`, falling back along {@link messageFallbackChain}. Because the
 * Swedish catalogue is complete by type, there is always an answer.
 */
export function translate<Source extends SourceCatalogue, Key extends keyof Source & string>(
  catalogues: LoadedCatalogues<Source>,
  locale: Locale,
  key: Key,
  ...params: MessageParams<Source[Key]>
): string {
  // Seen as a record of its keys, not through SourceCatalogue's index signature (which reads
  // as possibly undefined): the Swedish catalogue has every key.
  const source: Readonly<Record<Key, Message>> = catalogues.sv;
  let message: Message = source[key];
  for (const candidate of messageFallbackChain(locale)) {
    const found = catalogues[candidate]?.[key];
    if (found !== undefined) {
      message = found;
      break;
    }
  }
  if (typeof message === 'string') return message;
  // The catalogue types tie each key's parameters to its message, so this call is sound.
  return (message as (params: unknown) => string)(params[0]);
}

/**
 * Keys of `source` that `catalogue` lacks, or has with the wrong kind (text where the source
 * has a function or the reverse). For tests of catalogues that types cannot check: JSON
 * files, partner overrides, anything cast.
 */
export function missingKeys(source: SourceCatalogue, catalogue: Readonly<object>): string[] {
  const entries = catalogue as Readonly<Record<string, unknown>>;
  return Object.keys(source).filter((key) => {
    const translated = Object.hasOwn(entries, key) ? entries[key] : undefined;
    return typeof translated !== typeof source[key];
  });
}

/** Keys in `catalogue` that the source does not define: usually a typo or a removed message. */
export function unexpectedKeys(source: SourceCatalogue, catalogue: Readonly<object>): string[] {
  return Object.keys(catalogue).filter((key) => !Object.hasOwn(source, key));
}

/**
 * Fills `{name}` placeholders in text that cannot be a function, such as a message a partner
 * sets in an HTML attribute. Unknown placeholders are left as written so the mistake shows.
 */
export function interpolate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
