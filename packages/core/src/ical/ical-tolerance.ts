/**
 * The tolerant reading pass: iCalendar text that real producers write and lenient readers
 * (Google Calendar, Outlook, Thunderbird) accept, but a strict RFC 5545 parser such as ical.js
 * refuses outright, rewritten to the form the RFC asks for before parsing. Each tolerance has a
 * name, a test (`ical-tolerance.test.ts`) and a line in docs/decisions/0018; nothing else in a
 * feed is changed. Pure text in, text out: no parser, no DOM.
 */

export const ICAL_TOLERANCES = [
  /** `DTSTART:20190101`: a date without `VALUE=DATE` (also DTEND, RECURRENCE-ID, EXDATE, RDATE, DUE). */
  'date-without-value-date',
  /** `RRULE:` with nothing after it: the line is dropped (the event is a single one). */
  'empty-rrule',
  /** `RRULE:FREQ=WEEKLY;BYDAY=MO, TU`: white space inside a rule is removed. */
  'spaces-in-rrule',
  /** `RRULE:freq=weekly;byday=mo`: a rule's names and values in lower case are upper-cased. */
  'lowercase-rrule',
  /**
   * A line with no `:` at all (`X-APPLE-RADIUS=49.9` from a fold that lost its leading space,
   * `SUMMARY=x`): dropped, as lenient readers drop it, instead of refusing the whole feed.
   */
  'line-without-colon',
  /** A file of bare VEVENTs without BEGIN:VCALENDAR (one event saved by itself): wrapped in one. */
  'missing-vcalendar',
  /**
   * Empty lines between a property and its continuation (`DTSTART` / `` / ` :20031225`: Mozilla
   * Calendar 1.0 wrote each line break twice): the empty lines belong to the fold.
   */
  'blank-line-in-fold',
  /**
   * Content after the last END:VCALENDAR (Podio appends `X-COMMENT:Cached from …`): dropped,
   * instead of refusing the whole feed.
   */
  'text-after-vcalendar',
  /**
   * A TZID in Lotus Notes' own names (`Western/Central Europe`), which no tz database knows and
   * a reader then takes as floating: the IANA zone it stands for ({@link LOTUS_NOTES_ZONES}),
   * when the file defines no usable VTIMEZONE of that name or is Lotus's own (X-LOTUS- lines).
   */
  'lotus-notes-tzid',
] as const;

export type ICalTolerance = (typeof ICAL_TOLERANCES)[number];

export interface TolerantText {
  /** The text to parse, unfolded (one property a line). */
  text: string;
  /** The tolerances the text needed, in the order of {@link ICAL_TOLERANCES}. */
  applied: ICalTolerance[];
}

const DATE_PROPERTIES = /^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)((?:;[^:]*)?):(.*)$/i;
const DATES_ONLY = /^\s*\d{8}(?:\s*,\s*\d{8})*\s*$/;
const RULE_PROPERTIES = /^(RRULE|EXRULE)((?:;[^:]*)?):(.*)$/i;

/**
 * Lotus Notes' zone names → IANA. Only names seen in real Lotus exports are here (the corpus:
 * khal's and python icalendar's files from one Lotus Notes invitation), none guessed; Windows
 * names, which Outlook writes, are the reader's (`windows-zones.ts`).
 */
export const LOTUS_NOTES_ZONES: Readonly<Record<string, string>> = {
  // +01:00, +02:00 from the last Sunday of March to the last of October (the file's VTIMEZONE).
  'Western/Central Europe': 'Europe/Berlin',
};

/**
 * Rewrites each date property's TZID in a Lotus Notes name to its IANA zone, unless the file
 * defines the name by a VTIMEZONE with an observance and is not Lotus's own (X-LOTUS- lines): a
 * Lotus VTIMEZONE says what the tz database says, another producer's may not. Whether anything
 * was rewritten.
 */
function lotusZones(unfolded: string, lines: string[]): boolean {
  let changed = false;
  for (const [name, iana] of Object.entries(LOTUS_NOTES_ZONES)) {
    if (!unfolded.includes(name)) continue;
    const defined = new RegExp(
      `^TZID:"?${name}"?\\r?\\n(?:(?!END:VTIMEZONE)[^])*?^BEGIN:(?:STANDARD|DAYLIGHT)`,
      'im',
    );
    if (defined.test(unfolded) && !/^X-LOTUS-/im.test(unfolded)) continue;
    for (const [index, line] of lines.entries()) {
      if (!DATE_PROPERTIES.test(line)) continue;
      const fixed = line
        .replace(`;TZID="${name}"`, `;TZID=${iana}`)
        .replace(`;TZID=${name}`, `;TZID=${iana}`);
      changed ||= fixed !== line;
      lines[index] = fixed;
    }
  }
  return changed;
}

/** Rewrites what {@link ICAL_TOLERANCES} names; text that needs none comes back as it was. */
export function tolerateICalendar(input: string): TolerantText {
  const applied = new Set<ICalTolerance>();
  // RFC 5545 §3.1 unfolding: a line break followed by one space or tab continues the line.
  let unfolding = input;
  if (/\n(?:\r?\n)+[ \t]/.test(input)) {
    applied.add('blank-line-in-fold');
    unfolding = input.replace(/(?:\r?\n)+(?=\r?\n[ \t])/g, '');
  }
  const unfolded = unfolding.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.split(/\r?\n/);
  let last = lines.length - 1;
  while (last >= 0 && !/^END:VCALENDAR\s*$/i.test(lines[last]!)) last -= 1;
  if (last >= 0 && lines.slice(last + 1).some((line) => line.trim() !== '')) {
    applied.add('text-after-vcalendar');
    lines.length = last + 1;
  }
  const out: string[] = [];
  for (const line of lines) {
    if (!line.includes(':')) {
      if (line.trim() !== '') {
        applied.add('line-without-colon');
        continue;
      }
      out.push(line);
      continue;
    }
    const first = line.charCodeAt(0);
    // Only lines beginning with D, E, R (either case) can need a change: a cheap first test.
    if (
      first !== 68 &&
      first !== 69 &&
      first !== 82 &&
      first !== 100 &&
      first !== 101 &&
      first !== 114
    ) {
      out.push(line);
      continue;
    }
    const date = DATE_PROPERTIES.exec(line);
    if (date) {
      const [, name, params = '', value = ''] = date;
      if (DATES_ONLY.test(value) && !/;VALUE=/i.test(params)) {
        applied.add('date-without-value-date');
        out.push(`${name}${params};VALUE=DATE:${value.replace(/\s+/g, '')}`);
        continue;
      }
      out.push(line);
      continue;
    }
    const rule = RULE_PROPERTIES.exec(line);
    if (rule) {
      const [, name, params = '', value = ''] = rule;
      if (value.trim() === '') {
        applied.add('empty-rrule');
        continue;
      }
      let fixed = value;
      if (/\s/.test(fixed)) {
        applied.add('spaces-in-rrule');
        fixed = fixed.replace(/\s+/g, '');
      }
      // UNTIL's value has no letters but T and Z, which upper-casing keeps.
      if (/[a-z]/.test(fixed)) {
        applied.add('lowercase-rrule');
        fixed = fixed.toUpperCase();
      }
      out.push(fixed === value ? line : `${name}${params}:${fixed}`);
      continue;
    }
    out.push(line);
  }
  // A file without a Lotus zone name costs one search of its text for each name.
  if (lotusZones(unfolded, out)) applied.add('lotus-notes-tzid');
  const firstLine = out.find((line) => line.trim() !== '') ?? '';
  if (/^\uFEFF?BEGIN:(VEVENT|VTIMEZONE)\s*$/i.test(firstLine)) {
    applied.add('missing-vcalendar');
    out.unshift('BEGIN:VCALENDAR', 'VERSION:2.0');
    out.push('END:VCALENDAR');
  }
  return {
    text: applied.size === 0 ? input : out.join('\r\n'),
    applied: ICAL_TOLERANCES.filter((name) => applied.has(name)),
  };
}
