import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  isDateKey,
  isoWeekday,
  localeFirstDay,
  monthGrid,
  parseFirstDay,
  weekBounds,
} from './calendar-days.ts';
import { readFeed } from './feed.ts';
import { readEventList as readJsonEvents } from './json-feed.ts';
import { FeedError } from './feed-types.ts';
import { splitLinks } from './linkify.ts';
import { ianaFromWindows } from './windows-zones.ts';
import { trainingCalendarStyles } from './training-calendar.styles.ts';
import { themeStyles } from '../shared/theme.styles.ts';
import { dataStateStyles } from '../shared/data-state.styles.ts';
import { undefinedTokens } from '../shared/testing/token-check.ts';

const fixture = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../../tests/fixtures/calendar/${name}`, import.meta.url)),
    'utf8',
  );
const window = { from: '2026-01-01', until: '2026-12-31', zone: 'Europe/Stockholm' };

describe('Windows zone names', () => {
  it('map to the IANA zone of their main territory', () => {
    expect(ianaFromWindows('w. europe standard time')).toBe('Europe/Berlin');
    expect(ianaFromWindows('Arabic Standard Time')).toBe('Asia/Baghdad');
    expect(ianaFromWindows('E. Africa Standard Time')).toBe('Africa/Nairobi');
    expect(ianaFromWindows('SA Pacific Standard Time')).toBe('America/Bogota');
  });
});

describe('calendar days', () => {
  it('does date arithmetic on day keys', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isDateKey('2026-02-30')).toBe(false);
    expect(weekBounds('2026-03-11', 1)).toEqual(['2026-03-09', '2026-03-15']);
  });

  it('lays out a month in weeks from the first day asked for', () => {
    const weeks = monthGrid('2026-03-15', 1);
    expect(weeks[0]?.[0]).toBe('2026-02-23');
    expect(weeks.at(-1)?.at(-1)).toBe('2026-04-05');
    expect(monthGrid('2026-03-15', 7)[0]?.[0]).toBe('2026-03-01');
  });

  it('reads first-day-of-week and the locale default', () => {
    expect(parseFirstDay('7')).toBe(7);
    expect(parseFirstDay('0')).toBe(7);
    expect(parseFirstDay('sunday')).toBe(7);
    expect(parseFirstDay('nonsense')).toBeUndefined();
    expect(localeFirstDay('sv-SE')).toBe(1);
  });
});

describe('JSON feeds', () => {
  it('reads TrainingEvent[] within the window', () => {
    const { events, skipped } = readJsonEvents(JSON.parse(fixture('events.json')), window);
    expect(skipped).toBe(0);
    expect(events.map((e) => e.uid)).toEqual([
      'json-1@mentorkit.test',
      'json-2@mentorkit.test',
      'json-3@mentorkit.test',
    ]);
    expect(
      readJsonEvents(JSON.parse(fixture('events.json')), { ...window, from: '2026-04-01' }).events,
    ).toHaveLength(1);
  });

  it('keeps valid events and counts malformed ones', () => {
    const { events, skipped } = readJsonEvents(JSON.parse(fixture('partial.json')), window);
    expect(events.map((e) => e.uid)).toEqual(['ok@mentorkit.test']);
    expect(skipped).toBe(3);
  });

  it('refuses what is not a list of events', async () => {
    const kind = async (text: string, contentType = 'application/json') => {
      try {
        await readFeed({ text, contentType }, { window });
      } catch (error) {
        return error instanceof FeedError ? error.kind : 'other';
      }
      return 'none';
    };
    expect(await kind('{"events": []}')).toBe('not-calendar');
    expect(await kind(fixture('not-a-calendar.html'), 'text/html')).toBe('not-calendar');
    expect(await kind('[{"title": 1}]')).toBe('malformed');
    expect(await kind(fixture('malformed.ics'), 'text/calendar')).toBe('malformed');
  });

  it('sends iCalendar to the iCalendar parser by its content or its type', async () => {
    const byContent = await readFeed(
      { text: fixture('dst-weekly.ics'), contentType: 'application/octet-stream' },
      { window },
    );
    expect(byContent.events).toHaveLength(6);
  });
});

describe('links in descriptions', () => {
  it('finds http(s) addresses and leaves sentence punctuation outside', () => {
    expect(
      splitLinks('Se https://example.org/a. Eller javascript:alert(1) (http://x.test/b)!'),
    ).toEqual([
      { text: 'Se ' },
      { href: 'https://example.org/a', text: 'https://example.org/a' },
      { text: '. Eller javascript:alert(1) (' },
      { href: 'http://x.test/b', text: 'http://x.test/b' },
      { text: ')!' },
    ]);
  });
});

describe('styles', () => {
  it('use only defined tokens', () => {
    expect(
      undefinedTokens([themeStyles, dataStateStyles, trainingCalendarStyles], {
        publicTokens: ['--mk-calendar-cell-min-height'],
      }),
    ).toEqual([]);
  });
});
