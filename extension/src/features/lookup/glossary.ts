// The glossary as the extension uses it: the bundled terms and the organisation's imported packs,
// indexed once in the service worker (or an extension page), and turned into the cards the
// popover and the popup show. Lookup, deinflection and search are @mentorkit/glossary's; this
// module only adapts their answers to the messages (shared/messages.ts). It is never bundled
// into the content script: the page only ever sees the answer for the words it asked about.
import { createGlossary, type GlossaryEntry, type GlossaryPack } from '@mentorkit/glossary';
import type { GlossaryTerm } from '@mentorkit/core';
import { MENTEE_LANGUAGES, type MenteeLanguage } from '../../shared/languages.ts';
import type {
  CardLanguages,
  LookupEntry,
  MenteeText,
  MessageResults,
} from '../../shared/messages.ts';

/** An answer before the background adds which languages the cards offer. */
type Cards<T extends 'lookup-term' | 'search-glossary'> = Omit<
  MessageResults[T],
  keyof CardLanguages
>;

/** Most cards one lookup returns (a pack's term and the bundled one of the same lemma, …). */
export const MAX_LOOKUP_ENTRIES = 5;
/** Closest terms offered when a lookup finds nothing. */
export const MAX_CLOSEST = 5;
/** Results of the popup's search box. */
export const MAX_SEARCH_RESULTS = 8;

export interface LookupService {
  lookup(text: string, language: MenteeLanguage | null): Cards<'lookup-term'>;
  search(query: string, language: MenteeLanguage | null): Cards<'search-glossary'>;
  /** Known terms in each piece of text, as flat [start, end, …] offsets per piece. */
  findTerms(texts: readonly string[]): MessageResults['find-terms'];
}

export function createLookupService(packs: readonly GlossaryPack[] = []): LookupService {
  const { terms, index, search } = createGlossary(packs);
  // Related ids point at bundled terms (or a pack's own); the first term with an id wins.
  const byId = new Map<string, GlossaryEntry>();
  for (const term of terms) if (!byId.has(term.id)) byId.set(term.id, term);

  const toEntry = (
    term: GlossaryEntry,
    language: MenteeLanguage | null,
    found: string,
    matchedForm: string,
  ): LookupEntry =>
    toLookupEntry(term, {
      language,
      found,
      matchedForm,
      lemmaOf: (id) => byId.get(id)?.lemma,
    });

  return {
    lookup(text, language) {
      const matches = index.lookup(text, { limit: MAX_LOOKUP_ENTRIES });
      const result: Cards<'lookup-term'> = {
        text,
        entries: matches.map((match) =>
          toEntry(match.term, language, match.found, match.matchedForm),
        ),
      };
      if (matches.length === 0) {
        result.closest = unique(
          search.search(text, { limit: MAX_CLOSEST * 2 }).map((hit) => hit.term.lemma),
        ).slice(0, MAX_CLOSEST);
      }
      return result;
    },
    search(query, language) {
      const hits = search.search(query, { limit: MAX_SEARCH_RESULTS });
      return {
        query,
        entries: hits.map((hit) => toEntry(hit.term, language, hit.term.lemma, hit.term.lemma)),
      };
    },
    findTerms(texts) {
      // One scan over the pieces joined by line breaks (no term spans one: words, hyphenated
      // words and multi-word terms stop at a line break), which shares the scanner's per-scan
      // word cache across the whole batch; the offsets are then handed back piece by piece.
      const starts: number[] = [];
      let joined = '';
      for (const text of texts) {
        starts.push(joined.length);
        joined += text + '\n';
      }
      // Offsets only (no match objects): the highlighter needs nothing else (issue 23).
      const ranges: number[][] = texts.map(() => []);
      const offsets = index.findTermOffsets(joined, {
        maxLength: joined.length,
        maxMatches: joined.length,
      });
      let piece = 0;
      for (let i = 0; i < offsets.length; i += 2) {
        const start = offsets[i] as number;
        while (piece + 1 < starts.length && (starts[piece + 1] as number) <= start) piece++;
        const offset = starts[piece] as number;
        ranges[piece]?.push(start - offset, (offsets[i + 1] as number) - offset);
      }
      return { ranges };
    },
  };
}

interface EntryContext {
  language: MenteeLanguage | null;
  found: string;
  matchedForm: string;
  lemmaOf: (id: string) => string | undefined;
}

export function toLookupEntry(term: GlossaryEntry, context: EntryContext): LookupEntry {
  const entry: LookupEntry = {
    id: term.id,
    lemma: term.lemma,
    found: context.found,
    matchedForm: context.matchedForm,
    partOfSpeech: term.partOfSpeech,
    explanation: { sv: term.explanation.sv, en: term.explanation.en },
    related: (term.related ?? []).flatMap((id) => {
      const lemma = context.lemmaOf(id);
      return lemma === undefined ? [] : [{ id, lemma }];
    }),
  };
  const mentee = menteeText(term, context.language);
  if (mentee) entry.mentee = mentee;
  if (term.example) entry.example = term.example;
  if (term.source) entry.source = term.source;
  if (term.basis) entry.basis = term.basis;
  if (term.checked) entry.checked = term.checked;
  if (term.pack) entry.pack = term.pack.name;
  return entry;
}

function menteeText(term: GlossaryTerm, language: MenteeLanguage | null): MenteeText | undefined {
  // English is already on every card; other languages come from the term's translations.
  if (language === null || language === 'en') return undefined;
  const translation = term.translations[language];
  if (!translation) return undefined;
  const dir = MENTEE_LANGUAGES.find((info) => info.code === language)?.dir ?? 'ltr';
  const text: MenteeText = {
    language,
    dir,
    text: translation.text,
    reviewed: translation.reviewed,
  };
  if (translation.explanation) text.explanation = translation.explanation;
  return text;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
