// searchOccupations: the job titles a person may mean by what they typed, best first, for a
// picker that searches as the person types.
import type { TitleLanguage, TitleSource } from './data-file.ts';
import type { OccupationIndex } from './occupation-index.ts';
import { groupName } from './occupation-index.ts';
import { fitNames, queryWords, sourceFactor, sourceOrder } from './name-scoring.ts';
import { normaliseText } from './normalise.ts';

export interface OccupationMatch {
  /** What a signup stores as the title (absent for a legacy name or a group's own name). */
  titleId: string | undefined;
  /** The title in the asked language where the data has it, otherwise in the one it has. */
  label: string;
  labelLanguage: TitleLanguage;
  /** The name or synonym that was found, when it is not the label (a keyword, an Arabic form…). */
  matchedName: string | undefined;
  ssyk: string;
  isco08: readonly string[];
  /** The SSYK unit group's name in the asked language (English where there is no Arabic). */
  groupName: string;
  source: TitleSource;
  /** 0..1: how well the words fit. */
  score: number;
}

export interface SearchOptions {
  /** The language of the person searching: their names rank first and labels are in it. */
  locale?: string;
  /** How many to return (default 10, at most 50). */
  limit?: number;
}

const MAX_LIMIT = 50;
/** A name in another language than the person's ranks a little lower at an equal fit. */
const OTHER_LANGUAGE_FACTOR = 0.97;

function languageOf(locale: string | undefined): TitleLanguage {
  const base = (locale ?? 'sv').toLowerCase().split('-')[0];
  return base === 'en' || base === 'ar' ? base : 'sv';
}

/**
 * Finds job titles by any of their names and synonyms: every word typed must fit a word of
 * the name (exactly, as its start, inside a compound, or with one typo in a word of five or
 * more letters), in any order. Exact words rank before prefixes before typos; a name the query
 * covers wholly before a longer one; a JobTech title before an SCB one at an equal fit.
 */
export function searchOccupations(
  index: OccupationIndex,
  query: string,
  { locale, limit = 10 }: SearchOptions = {},
): OccupationMatch[] {
  const language = languageOf(locale);
  const words = queryWords(query);
  if (words.length === 0) return [];
  const best = new Map<number, { score: number; name: number }>();
  for (const fit of fitNames(index, words, { minWords: words.length, wholeWords: false })) {
    if (fit.perWord.some((quality) => quality === 0)) continue;
    const name = index.names[fit.name]!;
    const title = index.titles[name.title]!;
    const fitOfWords = fit.perWord.reduce((sum, quality) => sum + quality, 0) / words.length;
    const score =
      fitOfWords *
      (0.7 + 0.3 * fit.coverage) *
      sourceFactor(title.source) *
      (name.language === language ? 1 : OTHER_LANGUAGE_FACTOR);
    const known = best.get(name.title);
    if (!known || known.score < score) best.set(name.title, { score, name: fit.name });
  }
  const ranked = [...best.entries()].sort(([titleA, a], [titleB, b]) => {
    const byScore = b.score - a.score;
    if (byScore !== 0) return byScore;
    const sourceA = index.titles[titleA]!.source;
    const sourceB = index.titles[titleB]!.source;
    const bySource = sourceOrder(sourceA) - sourceOrder(sourceB);
    if (bySource !== 0) return bySource;
    const nameA = index.names[a.name]!.text;
    const nameB = index.names[b.name]!.text;
    return nameA.length - nameB.length || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0);
  });
  // A group named like one of its titles (AT-läkare, Advokater/Advokat aside) is shown once.
  const shown = new Set<string>();
  const results: OccupationMatch[] = [];
  const wanted = Math.min(MAX_LIMIT, Math.max(0, limit));
  for (const [titleIndex, { score, name }] of ranked) {
    if (results.length >= wanted) break;
    const match = toMatch(index, titleIndex, index.names[name]!.text, score, language);
    const key = `${match.ssyk} ${normaliseText(match.label)}`;
    if (shown.has(key)) continue;
    shown.add(key);
    results.push(match);
  }
  return results;
}

export function toMatch(
  index: OccupationIndex,
  titleIndex: number,
  matchedName: string,
  score: number,
  language: TitleLanguage,
): OccupationMatch {
  const title = index.titles[titleIndex]!;
  const labelLanguage: TitleLanguage = title.labels[language]
    ? language
    : title.labels.sv
      ? 'sv'
      : title.labels.en
        ? 'en'
        : 'ar';
  const label = title.labels[labelLanguage] ?? matchedName;
  return {
    titleId: title.id,
    label,
    labelLanguage,
    matchedName: matchedName === label ? undefined : matchedName,
    ssyk: title.ssyk,
    isco08: title.isco08,
    groupName: groupName(index, title.ssyk, language) ?? title.ssyk,
    source: title.source,
    score: Math.round(score * 1000) / 1000,
  };
}
