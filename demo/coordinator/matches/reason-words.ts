// A reason of the matching in the element's words, from its kind and details, never its label's
// codes: "Gemensamt språk: arabiska, svenska", "Samma yrkesgrupp: Specialistläkare". The
// profession's label is the matching's English ("Same occupation group: 2211 Specialist
// physicians"): its first words say how near the occupations are, and the group is named in the
// reader's language when the server gave its names.
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { MatchReasonKind } from '@mentorkit/core';
import type { MatchesBundle } from './matches-messages.ts';

type Localize = LocalizeController<MatchesBundle>;

export interface ShownReason {
  kind: MatchReasonKind;
  /** The matching's English (for logs); a partner's own reason (`other`) is its label. */
  label: string;
  details?: readonly string[];
  /** A stored match's profession reason: the group both share, with its names. */
  occupationGroup?: { code: string; names: { sv?: string; en?: string } };
}

export type OccupationNames = Readonly<Record<string, { sv: string; en: string }>>;

/** The matching's labels for each level of the profession's reason (core's scoreMatch). */
const PROFESSION_LEVELS: readonly [string, string][] = [
  ['Same occupation group', 'unit'],
  ['Same occupational field', 'sub-major'],
  ['Same major occupation group', 'major'],
  ['Same occupation', 'title'],
  ['Related occupations', 'minor'],
  ['Same profession', 'same-text'],
  ['Different professions', 'none'],
];

/** "2211 Specialist physicians" → its name in the reader's language, never the code. */
function groupName(
  localize: Localize,
  rest: string,
  reason: ShownReason,
  names: OccupationNames,
): string {
  const code = /^(?:ISCO )?(\d{1,4})\b/.exec(rest)?.[1];
  const lang = localize.lang === 'sv' ? 'sv' : 'en';
  const known =
    (code && names[code]?.[lang]) ||
    (reason.occupationGroup && reason.occupationGroup.names[lang]) ||
    undefined;
  if (known) return known;
  // Without names: the label's own words after the code (English), or nothing.
  return code ? rest.replace(/^(?:ISCO )?\d{1,4}\s*/, '') : rest;
}

function professionWords(localize: Localize, reason: ShownReason, names: OccupationNames): string {
  const found = PROFESSION_LEVELS.find(
    ([prefix]) => reason.label === prefix || reason.label.startsWith(`${prefix}: `),
  );
  if (!found) return localize.term('matchReason', { kind: 'profession' });
  const [prefix, level] = found;
  const words = localize.term('matchesProfession', { level });
  const rest = reason.label.slice(prefix.length + 2);
  if (!rest) return words;
  // The title and the profession's text are the people's own words; a group is named.
  const about =
    level === 'title' || level === 'same-text' ? rest : groupName(localize, rest, reason, names);
  return about ? localize.term('matchesReasonAbout', { reason: words, about }) : words;
}

function aboutWords(localize: Localize, kind: MatchReasonKind, details: readonly string[]) {
  switch (kind) {
    case 'language':
      return details.map((code) => localize.languageName(code));
    case 'goals':
      return details.map((goal) => localize.term('peopleGoal', { goal }));
    case 'availability':
      return details.map((code) =>
        code === 'in-person' || code === 'remote'
          ? localize.term('peopleMode', { mode: code })
          : localize.term('peopleSlot', { slot: code }),
      );
    case 'capacity':
      return details.map((free) => localize.term('matchesMoreMentees', { count: Number(free) }));
    default:
      // Region, municipality and industry are the people's own words.
      return details.slice(0, 1);
  }
}

export function reasonWords(
  localize: Localize,
  reason: ShownReason,
  names: OccupationNames = {},
): string {
  if (reason.kind === 'other') return reason.label;
  if (reason.kind === 'profession') return professionWords(localize, reason, names);
  const about = aboutWords(localize, reason.kind, reason.details ?? []);
  const words = localize.term('matchReason', { kind: reason.kind });
  return about.length
    ? localize.term('matchesReasonAbout', { reason: words, about: about.join(', ') })
    : words;
}
