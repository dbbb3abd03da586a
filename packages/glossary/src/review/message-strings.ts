// The widgets' messages that are functions (parameters, plurals) as text a translator can review
// (docs/decisions/0021): each parameter becomes a token (`parameterToken`, written as <ph/>), and a
// message whose text depends on a number gets one text per plural category of the target language,
// the Swedish rendered with the same numbers; a choice on a value made with core's `selectMessage`
// (the goals' words) has one segment per choice. A message that uses a parameter in a way text cannot
// show (formatting a number or a date itself) is left out and named, not exported half right.
import { choicesOf, pluralCategory } from '@mentorkit/core/i18n';
import type { Locale } from '@mentorkit/core/i18n';
import { SEGMENT_KEY_SEPARATOR, parameterToken } from './xliff-strings.ts';

type Catalogue = Readonly<Record<string, unknown>>;

/** A catalogue's messages as review text: plain ones as they are, functions rendered. */
export interface MessageStrings {
  source: Record<string, string>;
  target: Record<string, string>;
  /** Function messages that could not be rendered with placeholders, kept in TypeScript. */
  skipped: string[];
}

/** The names a message function destructures: `({ count, query }) => …` → count, query. */
export function parameterNamesOf(message: (...args: never[]) => unknown): string[] | null {
  const match = /^\s*(?:async\s*)?\(\s*\{([^}]*)\}/.exec(Function.prototype.toString.call(message));
  if (!match) return /^\s*(?:async\s*)?\(\s*\)/.test(String(message)) ? [] : null;
  return (match[1] as string)
    .split(',')
    .map((part) => part.split(/[:=]/)[0]?.trim() ?? '')
    .filter((name) => /^[A-Za-z][A-Za-z0-9_]*$/.test(name));
}

/** One number per plural category of `locale`, the smallest that selects it. */
export function pluralSamples(locale: Locale): Map<string, number> {
  const samples = new Map<string, number>();
  for (let n = 0; n <= 200; n++) {
    const category = pluralCategory(locale, n);
    if (!samples.has(category)) samples.set(category, n);
  }
  return samples;
}

// A parameter that reads as its token where text is made (`${count}`) and as `n` where a number
// is needed (the plural rules): the same call then gives the form for n with a placeholder.
function parameters(names: readonly string[], n: number): Record<string, unknown> {
  return Object.fromEntries(
    names.map((name) => [name, { valueOf: () => n, toString: () => parameterToken(name) }]),
  );
}

function render(message: unknown, names: readonly string[], n: number): string | null {
  try {
    const text = (message as (params: unknown) => unknown)(parameters(names, n));
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/**
 * `source` (Swedish) and `target` (the catalogue in `locale`) as review text. Keys of a plural
 * message are `key#category`, the categories of `locale`.
 */
export function messageStrings(
  source: Catalogue,
  target: Catalogue,
  locale: Locale,
): MessageStrings {
  const result: MessageStrings = { source: {}, target: {}, skipped: [] };
  const samples = [...pluralSamples(locale)];
  for (const [key, sv] of Object.entries(source)) {
    const translated = Object.hasOwn(target, key) ? target[key] : undefined;
    if (typeof sv === 'string') {
      result.source[key] = sv;
      if (typeof translated === 'string') result.target[key] = translated;
      continue;
    }
    if (typeof sv !== 'function') continue;
    // A choice on a value (a goal's name by its code) is one segment per choice, each plain text.
    const choices = choicesOf(sv);
    if (choices) {
      const translatedChoices = choicesOf(translated);
      for (const [choice, text] of Object.entries(choices)) {
        const segmentKey = `${key}${SEGMENT_KEY_SEPARATOR}${choice}`;
        result.source[segmentKey] = text;
        const target = translatedChoices?.[choice];
        if (target !== undefined) result.target[segmentKey] = target;
      }
      continue;
    }
    const names = parameterNamesOf(sv as (...args: never[]) => unknown);
    const forms = names
      ? samples.map(([category, n]) => ({
          category,
          source: render(sv, names, n),
          target: typeof translated === 'function' ? render(translated, names, n) : null,
        }))
      : [];
    const sources = forms.map((form) => form.source);
    // Every parameter must show as a placeholder in the Swedish, or the text would hide it.
    const shown = (names ?? []).every((name) =>
      sources.some((text) => text?.includes(parameterToken(name))),
    );
    if (!names || sources.includes(null) || !shown) {
      result.skipped.push(key);
      continue;
    }
    const plural = new Set(sources).size > 1 || new Set(forms.map((form) => form.target)).size > 1;
    for (const form of plural ? forms : forms.slice(0, 1)) {
      const segmentKey = plural ? `${key}${SEGMENT_KEY_SEPARATOR}${form.category}` : key;
      result.source[segmentKey] = form.source as string;
      if (form.target !== null) result.target[segmentKey] = form.target;
    }
  }
  return result;
}
