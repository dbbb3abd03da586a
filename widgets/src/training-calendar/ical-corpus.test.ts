// The calendar's reader against a corpus of real-world iCalendar files (tests/fixtures/calendar/
// corpus, origin and licence in its SOURCES.md), each file's occurrences compared with those an
// independent reader computed once (node-ical 0.27.2: its own parser, rrule-temporal for rules,
// no ical.js), stored in expected.json. Where the two differ and the file was checked by hand,
// agreement.json holds the hand-checked occurrences and why node-ical's differ.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseICalendar } from './ical-feed.ts';
import { FeedError } from './feed-types.ts';

const corpus = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../../tests/fixtures/calendar/corpus/${name}`, import.meta.url)),
    'utf8',
  );

interface Expected {
  window?: { from: string; until: string };
  occurrences?: string[];
  error?: string;
}
const expected = JSON.parse(corpus('expected.json')) as Record<string, Expected>;
const agreement = JSON.parse(corpus('agreement.json')) as {
  matchesIndependentReader: string[];
  handChecked: Record<string, { why: string; occurrences: string[] }>;
};

/** A missing UID: node-ical says `undefined`, we give `event-N`; compared as one. */
const uidKey = (uid: string) => (uid === 'undefined' || /^event-\d+$/.test(uid) ? '?' : uid);
const keyOf = (occurrence: string) => {
  const bar = occurrence.lastIndexOf('|');
  return `${uidKey(occurrence.slice(0, bar))}${occurrence.slice(bar)}`;
};

/** Our occurrences of `name` that start in its window, as `uid|start` (UTC, or the date). */
function occurrencesOf(name: string): string[] {
  const { window } = expected[name]!;
  const { events } = parseICalendar(corpus(name), { window: { ...window!, zone: 'UTC' } });
  // The window as node-ical was asked for it (`from` and `to` at midnight UTC, both included):
  // a timed occurrence later on the day of `until` is not in it, an all-day one on that day is.
  const low = Date.parse(window!.from);
  const high = Date.parse(window!.until);
  const keys = events
    .filter((event) => {
      const start = Date.parse(event.allDay ? `${event.start}T00:00:00Z` : event.start);
      return start >= low && start <= high;
    })
    .map((event) => {
      const uid = event.uid.replace(/#\d{8}(?:T\d{6}Z?)?$/, '').replace(/#\d+$/, '');
      const start = event.allDay
        ? event.start
        : new Date(event.start).toISOString().replace('.000Z', 'Z');
      return `${uidKey(uid)}|${start}`;
    });
  return [...new Set(keys)].sort();
}

const expectedOf = (name: string) => [...new Set(expected[name]!.occurrences!.map(keyOf))].sort();

const compared = Object.keys(expected).filter((name) => expected[name]!.occurrences);

describe('real-world corpus', () => {
  it.each(agreement.matchesIndependentReader)('%s: the same occurrences as node-ical', (name) => {
    expect(occurrencesOf(name)).toEqual(expectedOf(name));
  });

  it.each(Object.keys(agreement.handChecked))('%s: the hand-checked occurrences', (name) => {
    expect(occurrencesOf(name)).toEqual(agreement.handChecked[name]!.occurrences.map(keyOf));
  });

  it('reads every file or refuses it with a FeedError, never a crash', () => {
    for (const name of Object.keys(expected)) {
      try {
        parseICalendar(corpus(name), {
          window: expected[name]!.window
            ? { ...expected[name]!.window, zone: 'UTC' }
            : { from: '2000-01-01', until: '2030-12-31', zone: 'UTC' },
        });
      } catch (error) {
        expect(error, name).toBeInstanceOf(FeedError);
      }
    }
  });

  it('leaves no file unchecked: each agrees with node-ical or was checked by hand', () => {
    expect(
      compared.filter(
        (name) =>
          !agreement.matchesIndependentReader.includes(name) && !agreement.handChecked[name],
      ),
    ).toEqual([]);
  });

  it('agrees with the independent reader on the share the README gives', () => {
    let agreeing = 0;
    for (const name of compared) {
      try {
        if (JSON.stringify(occurrencesOf(name)) === JSON.stringify(expectedOf(name))) agreeing++;
      } catch {
        // A refused file does not agree.
      }
    }
    expect(compared).toHaveLength(137);
    expect(agreeing).toBeGreaterThanOrEqual(agreement.matchesIndependentReader.length);
  });
});
