import { describe, expect, it } from 'vitest';
import { readCsv } from '@mentorkit/core/csv';
import { makeSession } from '../../storage/testing/sessions.ts';
import { csvToSessions } from './csv.ts';
import { sessionsToReport, type ReportWords } from './report-csv.ts';

// The Swedish words, as the options page reads them from _locales/sv for a Swedish mentor.
const SWEDISH: ReportWords = {
  headers: {
    date: 'Datum',
    startTime: 'Starttid',
    minutes: 'Minuter',
    mentee: 'Adept',
    mode: 'Hur ni träffades',
    topics: 'Ämnen',
    rating: 'Hur det gick (1 = dåligt, 5 = mycket bra)',
    needsAttention: 'Behöver samordnarens hjälp',
    followUp: 'Uppföljning',
    notes: 'Anteckningar',
  },
  mode: (mode) =>
    ({ 'in-person': 'Träffades på plats', 'workplace-visit': 'Arbetsplatsbesök' })[
      mode as 'in-person'
    ] ?? mode,
  topic: (topic) => ({ cv: 'CV', language: 'Språk' })[topic as 'cv'] ?? topic,
  yes: 'Ja',
  no: 'Nej',
};

const sessions = [
  makeSession({
    date: '2026-10-08',
    startTime: '16:00',
    durationMinutes: 45,
    mode: 'workplace-visit',
    topics: ['cv', 'language'],
    rating: 4,
    needsAttention: true,
    notes: 'Privat: hennes sjukskrivning',
    followUp: '=HYPERLINK("http://evil.example")',
    menteeAlias: 'Amal',
  }),
  makeSession({ date: '2026-09-01', mode: 'in-person', topics: [], menteeAlias: 'Bashir' }),
];

function table(text: string): string[][] {
  const read = readCsv(text, { delimiters: [';'] });
  if (!read.ok) throw new Error('unreadable');
  return read.records.map((record) => record.cells);
}

describe('the table for Excel', () => {
  it("has the mentor's words for headers and values, oldest first, in Swedish Excel's dialect", () => {
    const text = sessionsToReport(sessions, SWEDISH, { includeNotes: false });
    expect(text.startsWith('\uFEFFDatum;Starttid;Minuter;Adept;')).toBe(true);
    const [header, first, second] = table(text);
    expect(header).not.toContain('Anteckningar');
    expect([first?.[0], first?.[3]]).toEqual(['2026-09-01', 'Bashir']);
    expect(second).toEqual([
      '2026-10-08',
      '16:00',
      '45',
      'Amal',
      'Arbetsplatsbesök',
      'CV, Språk',
      '4',
      'Ja',
      // Guarded: a spreadsheet shows it as text, never runs it.
      '\'=HYPERLINK("http://evil.example")',
    ]);
    expect(first?.[7]).toBe('Nej');
  });

  it('carries the notes only when the mentor asks for them', () => {
    expect(sessionsToReport(sessions, SWEDISH, { includeNotes: false })).not.toContain(
      'sjukskrivning',
    );
    const [header, , second] = table(sessionsToReport(sessions, SWEDISH, { includeNotes: true }));
    expect(header?.at(-1)).toBe('Anteckningar');
    expect(second?.at(-1)).toBe('Privat: hennes sjukskrivning');
  });

  it('is refused by the import with one error that says what it is', () => {
    const parsed = csvToSessions(sessionsToReport(sessions, SWEDISH, { includeNotes: true }));
    expect(parsed.sessions).toEqual([]);
    expect(parsed.errors).toEqual([{ line: 1, code: 'not-sessions-csv' }]);
  });
});
