import { describe, expect, it } from 'vitest';
import { ICAL_TOLERANCES, tolerateICalendar } from './ical-tolerance.ts';

const event = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:a',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

const linesOf = (text: string) => text.split('\r\n');

describe('tolerateICalendar', () => {
  it('leaves a feed that needs no tolerance exactly as it was', () => {
    const text = event(
      'DTSTART;VALUE=DATE:20190101',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,TU',
      'SUMMARY:Da\r\n te',
    );
    expect(tolerateICalendar(text)).toEqual({ text, applied: [] });
  });

  it('date-without-value-date: a bare date gets VALUE=DATE, on every date property', () => {
    const { text, applied } = tolerateICalendar(
      event(
        'DTSTART:20190101',
        'DTEND:20190102',
        'RECURRENCE-ID:20190101',
        'EXDATE:20190108,20190115',
        'RDATE;X-A=1:20190201',
      ),
    );
    expect(applied).toEqual(['date-without-value-date']);
    expect(linesOf(text)).toEqual(
      expect.arrayContaining([
        'DTSTART;VALUE=DATE:20190101',
        'DTEND;VALUE=DATE:20190102',
        'RECURRENCE-ID;VALUE=DATE:20190101',
        'EXDATE;VALUE=DATE:20190108,20190115',
        'RDATE;X-A=1;VALUE=DATE:20190201',
      ]),
    );
  });

  it('keeps date-times and values that already say VALUE', () => {
    const text = event(
      'DTSTART;TZID=Europe/Stockholm:20190101T100000',
      'EXDATE;VALUE=DATE:20190108',
    );
    expect(tolerateICalendar(text).applied).toEqual([]);
  });

  it('empty-rrule: an empty RRULE line is dropped', () => {
    const { text, applied } = tolerateICalendar(
      event('DTSTART;VALUE=DATE:20190101', 'RRULE:', 'SUMMARY:x'),
    );
    expect(applied).toEqual(['empty-rrule']);
    expect(text).not.toMatch(/RRULE/);
    expect(text).toMatch(/SUMMARY:x/);
  });

  it('spaces-in-rrule: white space inside a rule is removed', () => {
    const { text, applied } = tolerateICalendar(
      event('DTSTART;VALUE=DATE:20190101', 'RRULE:FREQ=WEEKLY; BYDAY=MO, TU'),
    );
    expect(applied).toEqual(['spaces-in-rrule']);
    expect(linesOf(text)).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU');
  });

  it('lowercase-rrule: a rule in lower case is upper-cased', () => {
    const { text, applied } = tolerateICalendar(
      event('DTSTART;VALUE=DATE:20190101', 'rrule:freq=weekly;until=20190301t000000z'),
    );
    expect(applied).toEqual(['lowercase-rrule']);
    expect(linesOf(text)).toContain('rrule:FREQ=WEEKLY;UNTIL=20190301T000000Z');
  });

  it('unfolds folded lines before looking at them', () => {
    const { text, applied } = tolerateICalendar(event('DTSTART:2019\r\n 0101'));
    expect(applied).toEqual(['date-without-value-date']);
    expect(linesOf(text)).toContain('DTSTART;VALUE=DATE:20190101');
  });

  it('line-without-colon: a line with no colon is dropped', () => {
    const { text, applied } = tolerateICalendar(
      event(
        'DTSTART:20190101T100000Z',
        'X-APPLE-STRUCTURED-LOCATION;VALUE=URI:geo:1,2',
        'X-APPLE-RADIUS=49.9',
        'SUMMARY:x',
      ),
    );
    expect(applied).toEqual(['line-without-colon']);
    expect(text).not.toMatch(/X-APPLE-RADIUS/);
    expect(linesOf(text)).toContain('SUMMARY:x');
  });

  it('missing-vcalendar: bare VEVENTs are wrapped in a calendar', () => {
    const { text, applied } = tolerateICalendar(
      'BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20190101T100000Z\r\nEND:VEVENT\r\n',
    );
    expect(applied).toEqual(['missing-vcalendar']);
    expect(linesOf(text).filter(Boolean)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20190101T100000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('blank-line-in-fold: empty lines before a continuation are part of the fold (Mozilla Calendar 1.0)', () => {
    const { text, applied } = tolerateICalendar(
      event('DTSTART\r\n\r\n ;VALUE=DATE\r\n :20031225', 'SUMMARY\r\n\r\n\r\n :Christmas Day'),
    );
    expect(applied).toEqual(['blank-line-in-fold']);
    expect(linesOf(text)).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20031225', 'SUMMARY:Christmas Day']),
    );
  });

  it('text-after-vcalendar: content lines after the last END:VCALENDAR are dropped (Podio)', () => {
    const { text, applied } = tolerateICalendar(
      `${event('DTSTART:20220222T183000Z')}\r\nX-COMMENT:Cached from 2022-02-20\r\n\r\n`,
    );
    expect(applied).toEqual(['text-after-vcalendar']);
    expect(text).not.toMatch(/X-COMMENT/);
    expect(linesOf(text).filter(Boolean).at(-1)).toBe('END:VCALENDAR');
  });

  it('keeps a second calendar of the stream (RFC 5545 §3.4: one or more iCalendar objects)', () => {
    const two = `${event('DTSTART:20220222T183000Z')}\r\n${event('DTSTART:20220223T183000Z')}`;
    expect(tolerateICalendar(two)).toEqual({ text: two, applied: [] });
  });

  describe('lotus-notes-tzid', () => {
    const lotusEvent = event(
      'DTSTART;TZID="Western/Central Europe";VALUE=DATE-TIME:20211101T160000',
      'DTEND;TZID="Western/Central Europe":20211101T163000',
    );
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:Western/Central Europe',
      'BEGIN:STANDARD',
      'DTSTART:19501029T020000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ].join('\r\n');
    const withZone = (text: string) => text.replace('BEGIN:VEVENT', `${vtimezone}\r\nBEGIN:VEVENT`);

    it('a Lotus Notes zone name without a VTIMEZONE becomes its IANA zone (python icalendar issue 526)', () => {
      const { text, applied } = tolerateICalendar(lotusEvent);
      expect(applied).toEqual(['lotus-notes-tzid']);
      expect(linesOf(text)).toEqual(
        expect.arrayContaining([
          'DTSTART;TZID=Europe/Berlin;VALUE=DATE-TIME:20211101T160000',
          'DTEND;TZID=Europe/Berlin:20211101T163000',
        ]),
      );
    });

    it("also with Lotus's own VTIMEZONE (X-LOTUS- lines: khal issue 152)", () => {
      const { text, applied } = tolerateICalendar(
        withZone(lotusEvent).replace('UID:a', 'UID:a\r\nX-LOTUS-NOTESVERSION:2'),
      );
      expect(applied).toEqual(['lotus-notes-tzid']);
      expect(text).toMatch(/^DTSTART;TZID=Europe\/Berlin;VALUE=DATE-TIME:20211101T160000$/m);
    });

    it("keeps another producer's VTIMEZONE of that name, and a name folded over two lines is found", () => {
      const other = withZone(lotusEvent);
      expect(tolerateICalendar(other)).toEqual({ text: other, applied: [] });
      const folded = lotusEvent.replace(
        '"Western/Central Europe";VALUE',
        '"Western/Cen\r\n tral Europe";VALUE',
      );
      expect(tolerateICalendar(folded).text).toMatch(
        /^DTSTART;TZID=Europe\/Berlin;VALUE=DATE-TIME/m,
      );
    });
  });

  it('names every tolerance it has', () => {
    expect(ICAL_TOLERANCES).toEqual([
      'date-without-value-date',
      'empty-rrule',
      'spaces-in-rrule',
      'lowercase-rrule',
      'line-without-colon',
      'missing-vcalendar',
      'blank-line-in-fold',
      'text-after-vcalendar',
      'lotus-notes-tzid',
    ]);
  });
});
