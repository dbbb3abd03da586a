import { describe, expect, it } from 'vitest';
import {
  escapeIcalText,
  foldIcalLine,
  formatIcalUtc,
  icalDateTimeProperty,
  writeICalendar,
} from './ical-writer.ts';
import { offsetTransitions, vtimezoneLines } from './vtimezone.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines, and drops control characters', () => {
    expect(escapeIcalText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    expect(escapeIcalText('a\\b;c,d\ne\r\nf\u0007g\rh\u007fi')).toBe(
      'a\\\\b\\;c\\,d\\ne\\nfg\\nhi',
    );
  });

  it('keeps a tab, which TEXT allows, and never lets a line break through', () => {
    expect(escapeIcalText('a\tb')).toBe('a\tb');
    const hostile = 'Fika\r\nATTENDEE:mailto:x@example.org\u000bEND:VEVENT';
    expect(escapeIcalText(hostile)).toBe('Fika\\nATTENDEE:mailto:x@example.orgEND:VEVENT');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    expect(foldIcalLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
    const line = `SUMMARY:${'å'.repeat(100)}`;
    const lines = foldIcalLine(line).split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const piece of lines) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
    expect(lines.map((piece, index) => (index ? piece.slice(1) : piece)).join('')).toBe(line);
  });
});

describe('iCalendar date-times', () => {
  const instant = Date.parse('2026-12-03T12:00:00.500Z');

  it('writes UTC with Z and a zone as local time with TZID', () => {
    expect(formatIcalUtc(instant)).toBe('20261203T120000Z');
    expect(icalDateTimeProperty('DTSTAMP', instant)).toBe('DTSTAMP:20261203T120000Z');
    expect(icalDateTimeProperty('DTSTART', instant, 'UTC')).toBe('DTSTART:20261203T120000Z');
    expect(icalDateTimeProperty('DTSTART', instant, 'Europe/Stockholm')).toBe(
      'DTSTART;TZID=Europe/Stockholm:20261203T130000',
    );
  });
});

describe('writeICalendar', () => {
  it('wraps the components in a calendar of folded CRLF lines', () => {
    const text = writeICalendar({
      productId: '-//Mentorkit//Test//EN',
      properties: ['X-WR-CALNAME:Test'],
      components: ['BEGIN:VEVENT', `SUMMARY:${'å'.repeat(50)}`, 'END:VEVENT'],
    });
    expect(
      text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mentorkit//Test//EN\r\n'),
    ).toBe(true);
    expect(text).toContain('METHOD:PUBLISH\r\nX-WR-CALNAME:Test\r\nBEGIN:VEVENT\r\n');
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

describe('VTIMEZONE', () => {
  it('finds the daylight-saving changes of a zone', () => {
    const changes = offsetTransitions(
      'Europe/Stockholm',
      Date.UTC(2026, 0, 1),
      Date.UTC(2027, 0, 1),
    );
    expect(changes.map((change) => new Date(change.at).toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
    ]);
  });

  it('writes each change as an observance in local time, from the year before to the year after', () => {
    const lines = vtimezoneLines('Europe/Stockholm', Date.UTC(2026, 9, 29));
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VTIMEZONE', 'TZID:Europe/Stockholm']);
    expect(lines.join('\n')).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT',
    );
    expect(lines.join('\n')).toContain(
      'BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD',
    );
    expect(lines.filter((line) => line.startsWith('DTSTART:')).length).toBe(1 + 2 * 3);
    expect(vtimezoneLines('Asia/Kolkata', Date.UTC(2026, 0, 1))).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20250101T053000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
