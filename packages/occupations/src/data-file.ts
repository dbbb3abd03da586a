// The shapes of the data files that scripts/build-data.mjs writes, and how they are read into
// titles. The files are arrays rather than objects with named fields: about a third smaller,
// and a picker downloads them.

/** data/occupations.json: the SSYK hierarchy and the Swedish titles. */
export interface OccupationDataFile {
  format: 1;
  /** Levels 1–3 of SSYK 2012 by code: [Swedish name, English name]. */
  levels: Record<string, [sv: string, en: string]>;
  /** Unit groups (level 4) by code. */
  units: Record<string, UnitRow>;
}

export type UnitRow = [
  sv: string,
  /** Empty for JobTech's merged manager groups, which have no English name. */
  en: string,
  /** ISCO-08 codes, space-separated (SCB's key). */
  isco: string,
  /** JobTech occupation-names: [concept id, name, keywords joined by "|"]. */
  jobtech: ([id: string, sv: string] | [id: string, sv: string, keywords: string])[],
  /** SCB's titles: the name, or [name, ISCO codes] where they differ from the group's. */
  scb: (string | [sv: string, isco: string])[],
  /** Older JobTech names: synonyms only. */
  legacy: string[],
];

/** data/occupations-esco.json: ESCO occupations in English and Arabic, by SSYK unit group. */
export interface EscoDataFile {
  format: 1;
  /** [first 8 hex digits of the ESCO UUID, ISCO code if not the group's own code, English, Arabic forms joined by "|"]. */
  units: Record<string, [id: string, isco: string, en: string, ar: string][]>;
}

export type TitleLanguage = 'sv' | 'en' | 'ar';

/** Where a title comes from; also how common it is (the order here, for ranking ties). */
export const TITLE_SOURCES = ['jobtech', 'esco', 'group', 'scb', 'legacy'] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

export interface OccupationTitle {
  /**
   * What a signup stores: JobTech's concept id, `scb:` and a hash of SCB's code and wording, or
   * `esco:` and ESCO's id. None for a legacy name or a group's own name: those classify to the
   * unit group only.
   */
  id: string | undefined;
  labels: Partial<Record<TitleLanguage, string>>;
  ssyk: string;
  isco08: readonly string[];
  source: TitleSource;
}

/** A name to search by, pointing at its title (a title has one name per language, plus synonyms). */
export interface TitleName {
  title: number;
  text: string;
  language: TitleLanguage;
}

/**
 * FNV-1a over the UTF-16 code units, 2 × 32 bits with different offsets: a stable id for an SCB
 * title from its code and wording, computed at load time so the file carries no hashes. The unit
 * tests check that no two titles of the data share one.
 */
export function stableHash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x01000193) >>> 0;
  }
  return first.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0').slice(0, 4);
}

const codes = (text: string) => text.split(' ').filter(Boolean);

/** Reads the files into titles and the names to search them by. */
export function readTitles(
  main: OccupationDataFile,
  esco?: EscoDataFile,
): { titles: OccupationTitle[]; names: TitleName[] } {
  if (main.format !== 1 || (esco && esco.format !== 1)) {
    throw new Error('Unknown occupation data format; rebuild the data with this package.');
  }
  const titles: OccupationTitle[] = [];
  const names: TitleName[] = [];
  const add = (title: OccupationTitle, searchNames: [string, TitleLanguage][]) => {
    const index = titles.push(title) - 1;
    for (const [text, language] of searchNames) {
      if (text) names.push({ title: index, text, language });
    }
  };
  for (const [ssyk, [sv, en, isco, jobtech, scb, legacy]] of Object.entries(main.units)) {
    const groupIsco = codes(isco);
    add(
      { id: undefined, labels: en ? { sv, en } : { sv }, ssyk, isco08: groupIsco, source: 'group' },
      [
        [sv, 'sv'],
        [en, 'en'],
      ],
    );
    for (const [id, name, keywords] of jobtech) {
      add({ id, labels: { sv: name }, ssyk, isco08: groupIsco, source: 'jobtech' }, [
        [name, 'sv'],
        ...(keywords ?? '').split('|').map((keyword): [string, TitleLanguage] => [keyword, 'sv']),
      ]);
    }
    for (const entry of scb) {
      const [name, ownIsco] = typeof entry === 'string' ? [entry, undefined] : entry;
      add(
        {
          id: `scb:${stableHash(`${ssyk} ${name}`)}`,
          labels: { sv: name },
          ssyk,
          isco08: ownIsco ? codes(ownIsco) : groupIsco,
          source: 'scb',
        },
        [[name, 'sv']],
      );
    }
    for (const name of legacy) {
      add({ id: undefined, labels: { sv: name }, ssyk, isco08: groupIsco, source: 'legacy' }, [
        [name, 'sv'],
      ]);
    }
  }
  for (const [ssyk, occupations] of Object.entries(esco?.units ?? {})) {
    for (const [id, isco, en, ar] of occupations) {
      const arabic = ar ? ar.split('|') : [];
      const labels: OccupationTitle['labels'] = { en };
      if (arabic[0]) labels.ar = arabic[0];
      add({ id: `esco:${id}`, labels, ssyk, isco08: [isco || ssyk], source: 'esco' }, [
        [en, 'en'],
        ...arabic.map((form): [string, TitleLanguage] => [form, 'ar']),
      ]);
    }
  }
  return { titles, names };
}
