// The occupation index of @mentorkit/occupations, loaded once per server and only when first
// needed (classifying stored signups at start, the coordinator's search, group names): about
// 0.3 s and a few MB. ESCO's English and Arabic names are in, so that a profession written in
// English is found too.
import {
  groupName,
  groupNamesFor,
  loadOccupationIndex,
  type OccupationIndex,
} from '@mentorkit/occupations';
import type { MatchOccupationGroup, OccupationGroupNames } from '@mentorkit/core';

let loading: Promise<OccupationIndex> | undefined;

export function occupationIndex(): Promise<OccupationIndex> {
  loading ??= loadOccupationIndex({ esco: true }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The coordinator view is in English: the reasons it shows name groups in English. */
export const COORDINATOR_LANGUAGE = 'en';

export function coordinatorGroupNames(index: OccupationIndex): OccupationGroupNames {
  return groupNamesFor(index, COORDINATOR_LANGUAGE);
}

/** "2211 Specialist physicians": a unit group's code and name for the coordinator. */
export function groupLabel(index: OccupationIndex, ssyk: string): string {
  const name = groupName(index, ssyk, COORDINATOR_LANGUAGE);
  return name ? `${ssyk} ${name}` : ssyk;
}

/** The SSYK codes' shared leading digits (2211 and 2212 share 221), or '' when none. */
export function sharedSsykPrefix(a: string | undefined, b: string | undefined): string {
  if (!a || !b) return '';
  let length = 0;
  while (length < Math.min(a.length, b.length) && a[length] === b[length]) length++;
  return a.slice(0, length);
}

/**
 * The SSYK group two people share, with its names in both languages the classification has,
 * for the match card to show in its reader's language.
 */
export function sharedOccupationGroup(
  index: OccupationIndex,
  mentorSsyk: string | undefined,
  menteeSsyk: string | undefined,
): MatchOccupationGroup | undefined {
  const code = sharedSsykPrefix(mentorSsyk, menteeSsyk);
  const names = code ? index.groups.get(code) : undefined;
  if (!names) return undefined;
  const [sv, en] = names;
  return { code, names: { sv, ...(en ? { en } : {}) } };
}
