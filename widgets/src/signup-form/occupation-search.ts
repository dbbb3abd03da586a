/**
 * The occupation data and its lookup (@mentorkit/occupations): about 111 KB gzipped, and 83 KB
 * more with ESCO's English and Arabic names. A chunk of its own, loaded when a person first
 * focuses or types in the occupation field, never with the form (docs/decisions/0014).
 * The index is built once per page and shared by every form on it.
 */
import { attributionText, loadOccupationIndex, searchOccupations } from '@mentorkit/occupations';
import type { OccupationMatch } from '@mentorkit/occupations';

export type { OccupationMatch };

/** How many titles the list shows: enough to find one's own, few enough to read through. */
export const MAX_OPTIONS = 12;

export interface OccupationSearch {
  find(query: string, locale: string): OccupationMatch[];
  /** The sources' lines, to show where the titles are shown. */
  readonly attribution: string;
}

const loading = new Map<boolean, Promise<OccupationSearch>>();

/**
 * The lookup, with ESCO's names for a person writing in English or Arabic. A failed load is not
 * kept, so that "Try again" loads again.
 */
export function loadOccupationSearch(esco: boolean): Promise<OccupationSearch> {
  let search = loading.get(esco);
  if (!search) {
    search = loadOccupationIndex({ esco }).then((index) => ({
      find: (query, locale) => searchOccupations(index, query, { locale, limit: MAX_OPTIONS }),
      attribution: attributionText(),
    }));
    search.catch(() => loading.delete(esco));
    loading.set(esco, search);
  }
  return search;
}
